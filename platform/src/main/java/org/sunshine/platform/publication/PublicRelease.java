package org.sunshine.platform.publication;

import java.time.Instant;
import java.time.LocalDate;

/** A published (or withdrawn) release as the public sees it; the body is null once withdrawn. */
public record PublicRelease(
    long id,
    long unitId,
    String unitName,
    String category,
    String title,
    String body,
    LocalDate publishedOn,
    boolean pinned,
    boolean withdrawn,
    String withdrawalReason,
    Instant withdrawnAt) {}
