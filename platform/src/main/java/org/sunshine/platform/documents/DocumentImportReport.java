package org.sunshine.platform.documents;

import java.util.List;

/**
 * What a document import did: each line is created whole, found unchanged (the same document sent
 * again), or rejected with the field that is wrong. One bad line never blocks the others.
 */
record DocumentImportReport(
    int total, int created, int unchanged, int rejected, List<LineError> errors) {

  public DocumentImportReport {
    errors = List.copyOf(errors);
  }

  /** A rejected line (1-based), its document number and what is wrong with which field. */
  public record LineError(int line, String documentNumber, String field, String message) {}
}
