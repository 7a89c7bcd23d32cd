package org.sunshine.platform.publication;

import java.time.LocalDate;
import org.sunshine.redaction.DocumentType;

/**
 * A document revision as it goes out: the approved public title and text, and what the public
 * record needs. {@code caseRef} only groups one case's documents; {@code correction} is the public
 * reason when this revision corrects an earlier one.
 */
public record DocumentRevision(
    long documentId,
    int revision,
    long unitId,
    long caseRef,
    DocumentType type,
    String documentNumber,
    PublicationChannel channel,
    String title,
    String text,
    String charge,
    LocalDate decidedOn,
    LocalDate publishedOn,
    String publishedBy,
    long approvalId,
    String correction) {}
