package org.sunshine.platform.cases;

import java.time.LocalDate;

/** One procedural event on a record's timeline. */
public record EventView(
    long id, CaseEventType type, LocalDate occurredOn, String detail, Long partyId) {}
