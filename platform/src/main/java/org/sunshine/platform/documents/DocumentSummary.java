package org.sunshine.platform.documents;

import java.time.LocalDate;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.redaction.DocumentType;

/** A line of a document list: what it is, where it stands and by when it must be out. */
record DocumentSummary(
    long id,
    long caseId,
    String caseNumber,
    String unitName,
    String documentNumber,
    DocumentType type,
    DocumentStatus status,
    PublicationChannel channel,
    String publicTitle,
    LocalDate publishableFrom,
    LocalDate dueOn,
    boolean overdue,
    long unitId) {}
