package org.sunshine.platform.statistics;

/**
 * The figures of a month, each one a condition on the month's ledger entries, so that the list a
 * figure opens is exactly the entries it counts (RULES.md §8: every figure can be opened).
 */
enum Figure {
  /** 应公开: due this month, or carried over in the frozen plan. */
  DUE("true"),
  /** In the plan frozen on the 1st (月初计划数). */
  PLANNED(
      "exists (select 1 from monthly_plan_item p where p.month = :month"
          + " and p.document_id = e.document_id)"),
  /** 已公开. */
  PUBLISHED("e.state = 'PUBLISHED'"),
  /** 依法不公开: withheld with a recorded reason (leaves the denominator). */
  WITHHELD("e.state = 'WITHHELD'"),
  /** Published against the rules and withdrawn (stays in the denominator, never counts as out). */
  NON_COMPLIANT("e.state = 'WITHDRAWN'"),
  /** Unpublished and undecided past the due date. */
  OVERDUE("e.state = 'OPEN' and e.due_on < :asOf"),
  /** Unpublished, still within the due date. */
  PENDING("e.state = 'OPEN' and e.due_on >= :asOf"),
  /** Published on or before the due date. */
  ON_TIME("e.state = 'PUBLISHED' and e.published_on <= e.due_on");

  final String condition;

  Figure(String condition) {
    this.condition = condition;
  }

  /**
   * The month's entries as a table {@code e}: due in it, plus those carried into its frozen plan
   * (due earlier). The two parts are disjoint and each is an index lookup (an {@code or} would scan
   * the whole ledger).
   */
  static final String MONTH =
      "(select * from ledger_entry where due_month = :month"
          + " union all select l.* from monthly_plan_item p"
          + " join ledger_entry l on l.document_id = p.document_id"
          + " where p.month = :month and p.carried) e";
}
