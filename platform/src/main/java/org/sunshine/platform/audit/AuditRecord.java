package org.sunshine.platform.audit;

import java.time.Instant;

/** One audit entry as read back. */
public record AuditRecord(
    long id,
    Instant occurredAt,
    String actor,
    Long actorUnit,
    String action,
    String subjectType,
    String subjectId,
    String detail,
    Channel channel,
    String requestId,
    String clientAddress) {}
