package org.sunshine.platform.lawyers;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.texts.Texts;

/**
 * A due date is stored when a request is submitted, with the words that explain it. When the
 * province marks a holiday or 调休 afterwards (工作日历), every running clock is counted again on the new
 * calendar before the day's reminders go out, so that nobody is reminded — or a deputy chief told —
 * of a request that is not late. Days a supplement stopped the clock are kept as counted then.
 */
@Component
class DueDateRecount {

  private final RequestRows rows;
  private final LawyerProperties properties;
  private final WorkingCalendar calendar;
  private final Clock clock;

  DueDateRecount(
      RequestRows rows, LawyerProperties properties, WorkingCalendar calendar, Clock clock) {
    this.rows = rows;
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Counts every running clock again; how many due dates moved. */
  @Transactional
  int recountRunning() {
    int moved = 0;
    for (LawyerRequest r : rows.running()) {
      moved += recount(r) ? 1 : 0;
    }
    return moved;
  }

  /** Counts one request's clock again; whether its due date moved. */
  boolean recount(LawyerRequest r) {
    if (!r.recount(counted(r))) {
      return false;
    }
    rows.save(r);
    rows.step(
        r.id,
        r.status,
        "system",
        Texts.text("lawyers.due-date-recount.recounted", r.dueOn),
        clock.instant());
    return true;
  }

  private DueDates.Due counted(LawyerRequest r) {
    LawyerProperties.Rule rule = properties.rule(r.type);
    LocalDate submitted = LocalDate.ofInstant(r.submittedAt, clock.getZone());
    DueDates.Due due = DueDates.due(rule, submitted, calendar);
    if (r.pausedDays <= 0) {
      return due;
    }
    LocalDate moved = DueDates.shifted(rule, submitted, r.pausedDays, calendar);
    String unit =
        rule.workingDays()
            ? Texts.text("lawyers.due-date-recount.unit.working-days")
            : Texts.text("lawyers.due-date-recount.unit.days");
    return new DueDates.Due(
        moved,
        Texts.text("lawyers.due-date-recount.paused", due.basis(), r.pausedDays, unit, moved));
  }
}
