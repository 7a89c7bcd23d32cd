package org.sunshine.platform.cases;

import java.time.LocalDate;

/**
 * The legal deadline of one procedural record as of a day.
 *
 * @param stage the running period (审查起诉, 审查逮捕, 补充侦查…), or null when none runs
 * @param startedOn the first day counted from (the day after the start event, which is not counted)
 * @param dueOn the last day of the period
 * @param dayNumber the current day of the period (1 on the day after the start event)
 * @param totalDays the length of the period in days
 * @param overdue the period has passed without a concluding event
 * @param concluded the record is concluded; nothing runs
 */
record Deadline(
    String stage,
    LocalDate startedOn,
    LocalDate dueOn,
    long dayNumber,
    long totalDays,
    boolean overdue,
    boolean concluded) {

  /** Plain language for the public and the parties: "审查起诉 第25日 / 共30日". */
  public String plain() {
    if (concluded) {
      return "已审结";
    }
    if (stage == null) {
      return "未受理";
    }
    String text = stage + " 第" + dayNumber + "日 / 共" + totalDays + "日";
    return overdue ? text + "（已超期）" : text;
  }
}
