package org.sunshine.platform.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.petitions.Deadline.Clock;
import org.sunshine.platform.petitions.Deadline.Step;

/**
 * The clocks of a petition, from the settings. They count from the day the material is complete
 * (第一百六十二条), so asking for material stops them and the completion date starts them again; while
 * material is awaited there is no deadline. A last day that is not a working day moves to the next
 * working day (刑事诉讼法 第一百零五条).
 */
@Component
class PetitionClocks {

  private final PetitionProperties settings;
  private final WorkingCalendar calendar;

  PetitionClocks(PetitionProperties settings, WorkingCalendar calendar) {
    this.settings = settings;
    this.calendar = calendar;
  }

  List<Deadline> of(Petition p) {
    if (p.state == PetitionState.AWAITING_MATERIAL || p.state == PetitionState.TRANSFERRED) {
      return List.of();
    }
    List<Deadline> clocks = new ArrayList<>();
    if (p.kind != PetitionKind.DISCLOSURE_REQUEST) {
      clocks.add(
          deadline(
              p,
              Clock.PROCEDURAL,
              TimeLimit.parse(settings.proceduralReply()),
              p.proceduralReplyOn));
    }
    if (p.state == PetitionState.REFERRED) {
      return clocks;
    }
    switch (p.kind) {
      case LAWYER_OBSTRUCTION ->
          clocks.add(
              deadline(
                  p, Clock.LAWYER, TimeLimit.parse(settings.lawyerObstruction()), p.answeredOn));
      case DISCLOSURE_REQUEST ->
          clocks.add(
              deadline(
                  p,
                  Clock.DISCLOSURE,
                  TimeLimit.parse(settings.disclosureRequest()),
                  p.answeredOn));
      default -> {
        clocks.add(deadline(p, Clock.RESULT, TimeLimit.parse(settings.result()), p.answeredOn));
        if (p.state == PetitionState.ASSIGNED && p.answeredOn != null) {
          clocks.add(followUp(p));
        }
      }
    }
    return clocks;
  }

  /** 第一百六十三条: answered on progress, the matter is followed up each month until concluded. */
  private Deadline followUp(Petition p) {
    TimeLimit limit = TimeLimit.parse(settings.followUp());
    LocalDate last = p.lastProgressOn != null ? p.lastProgressOn : p.answeredOn;
    LocalDate due = limit.from(last, calendar);
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("petitions.clock.basis." + Clock.FOLLOW_UP));
    steps.add(new Step("petitions.deadline.lastProgress", last));
    steps.add(new Step("petitions.deadline.plus." + limit.unit(), limit.amount(), due));
    if (limit.unit() != TimeLimit.Unit.WORKING_DAYS && !calendar.isWorkingDay(due)) {
      LocalDate moved = calendar.onOrAfter(due);
      steps.add(new Step("petitions.deadline.moved", due, moved));
      due = moved;
    }
    return new Deadline(Clock.FOLLOW_UP, due, null, List.copyOf(steps));
  }

  private Deadline deadline(Petition p, Clock clock, TimeLimit limit, LocalDate met) {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("petitions.clock.basis." + clock));
    steps.add(new Step("petitions.deadline.received", p.receivedOn));
    LocalDate start = p.receivedOn;
    if (p.completeOn != null && p.completeOn.isAfter(p.receivedOn)) {
      start = p.completeOn;
      steps.add(new Step("petitions.deadline.complete", p.completeOn));
    }
    LocalDate due = limit.from(start, calendar);
    steps.add(new Step("petitions.deadline.plus." + limit.unit(), limit.amount(), due));
    // The last period counted decides whether a rest day can end it: an extension in calendar days
    // after working days may land on a Sunday, and the answer is then due the next working day.
    TimeLimit.Unit last = limit.unit();
    if (p.extended && clock == Clock.DISCLOSURE) {
      TimeLimit more = TimeLimit.parse(settings.disclosureExtension());
      due = more.from(due, calendar);
      last = more.unit();
      steps.add(new Step("petitions.deadline.extended." + more.unit(), more.amount(), due));
    }
    if (last != TimeLimit.Unit.WORKING_DAYS && !calendar.isWorkingDay(due)) {
      LocalDate moved = calendar.onOrAfter(due);
      steps.add(new Step("petitions.deadline.moved", due, moved));
      due = moved;
    }
    return new Deadline(clock, due, met, List.copyOf(steps));
  }

  /**
   * Whether an appeal against a decision served on {@code servedOn} is still in time on {@code
   * filedOn}: 不服不起诉 within 7 days (第三百七十七、三百八十一条), 不立案复议 within 10; later ones are ordinary 申诉.
   */
  boolean appealInTime(PetitionKind kind, LocalDate servedOn, LocalDate filedOn) {
    String window =
        kind == PetitionKind.NON_PROSECUTION_APPEAL
            ? settings.nonProsecutionAppealWindow()
            : settings.noCaseReconsiderationWindow();
    LocalDate last = TimeLimit.parse(window).from(servedOn, calendar);
    return !filedOn.isAfter(calendar.onOrAfter(last));
  }
}
