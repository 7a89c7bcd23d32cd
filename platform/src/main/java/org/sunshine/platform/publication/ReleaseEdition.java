package org.sunshine.platform.publication;

import java.time.LocalDate;

/** A release as it goes out: the approved title and body, its unit and (optionally) its case. */
public record ReleaseEdition(
    long releaseId,
    long unitId,
    Long caseRef,
    String category,
    String title,
    String body,
    LocalDate publishedOn,
    String publishedBy) {}
