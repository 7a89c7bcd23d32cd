package org.sunshine.platform.cases;

import java.util.List;

/**
 * What an import did: every record is applied whole, left unchanged (same or older version, event
 * already known), or rejected with the field that is wrong.
 */
public record ImportReport(
    int total, int applied, int unchanged, int rejected, List<RecordError> errors) {

  public ImportReport {
    errors = List.copyOf(errors);
  }

  /** One rejected record: its line (1-based), the field, and what is wrong. */
  public record RecordError(int line, String caseNumber, String field, String message) {}
}
