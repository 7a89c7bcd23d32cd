package org.sunshine.platform.cases;

import java.util.List;

/**
 * A batch of the upstream import recorded these events (one event per batch, not per record, so a
 * large import does not flood the event registry); listeners react as to each {@link
 * CaseProgressed}.
 */
public record CaseEventsImported(List<CaseProgressed> events) {

  public CaseEventsImported {
    events = List.copyOf(events);
  }
}
