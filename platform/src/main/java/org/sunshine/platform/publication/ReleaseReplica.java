package org.sunshine.platform.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published or withdrawn release as it crosses to a public node. A withdrawn one carries only its
 * notice (no title or body), as the public sees it.
 */
public record ReleaseReplica(
    long id,
    long unitId,
    String category,
    String title,
    String body,
    Long caseRef,
    boolean withdrawn,
    int pinLevel,
    LocalDate pinnedUntil,
    LocalDate publishedOn,
    Instant publishedAt,
    String withdrawalReason,
    Instant withdrawnAt) {}
