package org.sunshine.platform.cases;

import java.time.LocalDate;
import org.sunshine.platform.texts.Texts;

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
      return Texts.text("cases.deadline.concluded");
    }
    if (stage == null) {
      return Texts.text("cases.deadline.not-accepted");
    }
    String text = Texts.text("cases.deadline.day-of", stage, dayNumber, totalDays);
    return overdue ? Texts.text("cases.deadline.overdue", text) : text;
  }
}
