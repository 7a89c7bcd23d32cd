package org.sunshine.platform.documents;

import java.time.LocalDate;
import org.sunshine.redaction.DocumentType;

/**
 * Attaching a document to a case.
 *
 * @param type null to recognise it from the heading
 * @param decidedOn the document's date (签发); null for today
 * @param important marked important: the chief procurator approves instead of the deputy
 */
public record NewDocument(
    long caseId,
    String documentNumber,
    DocumentType type,
    String text,
    String sourceName,
    LocalDate decidedOn,
    boolean important) {}
