package org.sunshine.platform.petitions;

import java.time.LocalDate;
import java.util.List;

/**
 * One clock of a petition: when it falls due, when it was met (null: not yet), and how the date was
 * reached, step by step, as message keys with their arguments (the deadline page shows them).
 */
record Deadline(Clock clock, LocalDate due, LocalDate met, List<Step> steps) {

  enum Clock {
    /** 第一百六十一、一百六十三条: procedural reply. */
    PROCEDURAL,
    /** 第一百六十三条: progress or result reply. */
    RESULT,
    /** 律师阻碍执业控告. */
    LAWYER,
    /** 检务公开申请. */
    DISCLOSURE,
    /** 第一百六十三条: after the 3-month reply, a follow-up each month until concluded. */
    FOLLOW_UP
  }

  record Step(String key, List<Object> args) {
    Step(String key, Object... args) {
      this(key, List.of(args));
    }

    public Object[] argArray() {
      return args.toArray();
    }
  }

  public boolean overdue(LocalDate today) {
    return met == null ? today.isAfter(due) : met.isAfter(due);
  }

  public boolean dueSoon(LocalDate today, int days) {
    return met == null && !today.isAfter(due) && !due.isAfter(today.plusDays(days));
  }

  /** Whether it was met on time (null while still open and not late). */
  public boolean metInTime() {
    return met != null && !met.isAfter(due);
  }
}
