package org.sunshine.platform.statistics;

/**
 * The counts of one unit (or group) in a month. 公开率 = 已公开 ÷ (应公开 − 依法不公开) (RULES.md §8); the
 * on-time rate has the same denominator.
 */
record Figures(
    long due,
    long planned,
    long published,
    long withheld,
    long nonCompliant,
    long overdue,
    long pending,
    long onTime) {

  static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

  Figures plus(Figures o) {
    return new Figures(
        due + o.due,
        planned + o.planned,
        published + o.published,
        withheld + o.withheld,
        nonCompliant + o.nonCompliant,
        overdue + o.overdue,
        pending + o.pending,
        onTime + o.onTime);
  }

  public long denominator() {
    return due - withheld;
  }

  /** 公开率, or null when nothing was to be published. */
  public Double rate() {
    return denominator() == 0 ? null : (double) published / denominator();
  }

  public Double onTimeRate() {
    return denominator() == 0 ? null : (double) onTime / denominator();
  }

  public long of(Figure f) {
    return switch (f) {
      case DUE -> due;
      case PLANNED -> planned;
      case PUBLISHED -> published;
      case WITHHELD -> withheld;
      case NON_COMPLIANT -> nonCompliant;
      case OVERDUE -> overdue;
      case PENDING -> pending;
      case ON_TIME -> onTime;
    };
  }
}
