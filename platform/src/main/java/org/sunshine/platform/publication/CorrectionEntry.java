package org.sunshine.platform.publication;

import java.time.Instant;

/** A public correction-log entry: a withdrawal or correction, when and why. */
public record CorrectionEntry(
    String kind, String reason, Instant occurredAt, boolean orderedByUpperUnit) {

  public boolean withdrawal() {
    return "WITHDRAWN".equals(kind);
  }
}
