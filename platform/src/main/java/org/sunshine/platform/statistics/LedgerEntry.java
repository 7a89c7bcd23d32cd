package org.sunshine.platform.statistics;

import java.time.LocalDate;

/** One legal document that became due, as the ledger holds it. */
record LedgerEntry(
    long documentId,
    long caseId,
    long unitId,
    String documentNumber,
    String type,
    String channel,
    String handler,
    Long departmentId,
    LocalDate publishableFrom,
    LocalDate dueOn,
    LocalDate dueMonth,
    String state,
    LocalDate publishedOn,
    String withheldReason,
    LocalDate withdrawnOn,
    String withdrawalReason,
    int revisions) {

  /** The fields a drift check compares (what the figures are made of). */
  String fingerprint() {
    return String.join(
        "|",
        String.valueOf(unitId),
        type,
        String.valueOf(dueOn),
        state,
        String.valueOf(publishedOn),
        String.valueOf(withheldReason),
        String.valueOf(revisions));
  }
}
