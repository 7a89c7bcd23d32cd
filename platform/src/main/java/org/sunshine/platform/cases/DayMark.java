package org.sunshine.platform.cases;

/** What an administrator makes of a day on the calendar page. */
public enum DayMark {
  /** 节假日: no working day, whatever the weekday. */
  HOLIDAY,
  /** 调休上班: a working day, even on a weekend or a configured holiday. */
  WORKDAY,
  /** Back to the default: the settings, otherwise Monday to Friday. */
  CLEARED
}
