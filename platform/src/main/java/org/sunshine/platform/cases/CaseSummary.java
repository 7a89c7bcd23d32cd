package org.sunshine.platform.cases;

import java.time.LocalDate;

/** One line of the console's case list. */
record CaseSummary(
    long id,
    String caseNumber,
    String unitName,
    CaseType caseType,
    String charge,
    LocalDate acceptedOn,
    int accusedCount,
    boolean overdue,
    boolean withheld,
    boolean blocked,
    String deadline) {}
