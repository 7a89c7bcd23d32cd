package org.sunshine.platform.surveys;

/** Counts of one group of invitations: asked, answered, opted out, and answers per dimension. */
final class Tally {

  private long invited;
  private long answered;
  private long optedOut;
  private final long[][] counts = new long[Dimension.values().length][Score.values().length];

  void add(SurveyRows.Counted c) {
    invited++;
    switch (c.status()) {
      case ANSWERED -> answered++;
      case OPTED_OUT -> optedOut++;
      case ASKED -> {}
    }
    c.scores().forEach((d, s) -> counts[d.ordinal()][s.ordinal()]++);
  }

  public long invited() {
    return invited;
  }

  public long answered() {
    return answered;
  }

  public long optedOut() {
    return optedOut;
  }

  public long count(Dimension d, Score s) {
    return counts[d.ordinal()][s.ordinal()];
  }

  /** Answered ÷ asked; null when nobody was asked. */
  public Double replyRate() {
    return invited == 0 ? null : (double) answered / invited;
  }

  /** The share of the answers on a dimension with this score; null without answers. */
  public Double share(Dimension d, Score s) {
    long all = 0;
    for (long n : counts[d.ordinal()]) {
      all += n;
    }
    return all == 0 ? null : (double) count(d, s) / all;
  }

  /** 满意 and 基本满意 together, as 满意率 is reported; null without answers. */
  public Double satisfaction(Dimension d) {
    Double dissatisfied = share(d, Score.DISSATISFIED);
    return dissatisfied == null ? null : 1 - dissatisfied;
  }
}
