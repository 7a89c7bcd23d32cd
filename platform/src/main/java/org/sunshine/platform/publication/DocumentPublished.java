package org.sunshine.platform.publication;

import java.time.LocalDate;
import org.sunshine.redaction.DocumentType;

/** A document revision went public (search indexing, statistics and notifications listen). */
public record DocumentPublished(
    long documentId,
    long publishedId,
    int revision,
    long unitId,
    DocumentType type,
    PublicationChannel channel,
    LocalDate publishedOn) {}
