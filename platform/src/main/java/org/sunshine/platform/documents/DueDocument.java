package org.sunshine.platform.documents;

import java.time.LocalDate;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.redaction.DocumentType;

/**
 * A legal document that has become due (RULES.md §4), as the statistics ledger needs it: when it
 * became publishable, by when it must be out, where it stands and who holds it.
 *
 * @param state {@code OPEN} (draft or in approval, never published), {@code PUBLISHED} (out, also
 *     while a correction is being prepared), {@code WITHHELD} or {@code WITHDRAWN}
 * @param firstPublishedOn the day the first revision went out, or null
 * @param revisions how many revisions went out (more than one: corrected)
 */
public record DueDocument(
    long documentId,
    long caseId,
    long unitId,
    String documentNumber,
    DocumentType type,
    PublicationChannel channel,
    String state,
    String handler,
    LocalDate publishableFrom,
    LocalDate dueOn,
    LocalDate firstPublishedOn,
    int revisions,
    WithholdingReason withheldReason,
    LocalDate withheldOn,
    String withdrawalReason) {}
