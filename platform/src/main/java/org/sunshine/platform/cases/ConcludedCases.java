package org.sunshine.platform.cases;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only: the cases that concluded in a period, with the people their records can reach by SMS
 * (the satisfaction survey, seed 003). Not audited here: the caller shows nobody a name or number.
 */
@Service
public class ConcludedCases {

  private final ConcludedRows rows;

  ConcludedCases(ConcludedRows rows) {
    this.rows = rows;
  }

  /** Cases whose last record concluded (审结) on a day in [from, to], in import order. */
  @Transactional(readOnly = true)
  public List<ConcludedCase> between(LocalDate from, LocalDate to) {
    return rows.concludedBetween(from, to);
  }
}
