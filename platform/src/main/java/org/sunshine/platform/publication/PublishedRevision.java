package org.sunshine.platform.publication;

import java.time.Instant;
import java.time.LocalDate;

/** One published revision, exactly as it went out. */
public record PublishedRevision(
    long id,
    long documentId,
    int revision,
    String publicTitle,
    String text,
    String textSha256,
    PublicationChannel channel,
    LocalDate publishedOn,
    Instant publishedAt,
    String publishedBy) {}
