package org.sunshine.platform.publication;

import java.time.LocalDate;

/** A release went public (search, feeds and statistics listen). */
public record ReleasePublished(
    long releaseId, long unitId, String category, LocalDate publishedOn) {}
