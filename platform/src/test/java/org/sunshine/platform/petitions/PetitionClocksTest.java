package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.petitions.Deadline.Clock;

/** The clocks of 第一百六十一至一百六十三条 and the kinds' own limits, from the settings. */
class PetitionClocksTest {

  // 国庆 2026: 1–7 October off, Saturday 10 October worked (调休).
  private final WorkingCalendar calendar =
      WorkingCalendar.of(
          List.of(
              LocalDate.of(2026, 10, 1),
              LocalDate.of(2026, 10, 2),
              LocalDate.of(2026, 10, 5),
              LocalDate.of(2026, 10, 6),
              LocalDate.of(2026, 10, 7)),
          List.of(LocalDate.of(2026, 10, 10)));
  private final PetitionClocks clocks = new PetitionClocks(defaults(), calendar);

  private static PetitionProperties defaults() {
    return new PetitionProperties(
        null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static Petition petition(PetitionKind kind, LocalDate received) {
    Petition p = new Petition(1, 1, kind, PetitionChannel.LETTER, false, null, null);
    p.state = PetitionState.REGISTERED;
    p.receivedOn = received;
    p.completeOn = received;
    return p;
  }

  private Deadline clock(Petition p, Clock which) {
    return clocks.of(p).stream().filter(d -> d.clock() == which).findFirst().orElseThrow();
  }

  @Test
  void aLetterIsDueForAProceduralReplySevenDaysAfterItArrives() {
    Petition p = petition(PetitionKind.ACCUSATION, LocalDate.of(2026, 12, 1));
    assertThat(clock(p, Clock.PROCEDURAL).due()).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(clock(p, Clock.RESULT).due()).isEqualTo(LocalDate.of(2027, 3, 1));
  }

  @Test
  void aLastDayOnAHolidayMovesToTheFirstWorkingDayAfterItAndThePageSaysSo() {
    // 28 September + 7 = 5 October, inside 国庆: the reply is due on Thursday 8 October.
    Deadline d = clock(petition(PetitionKind.REPORT, LocalDate.of(2026, 9, 28)), Clock.PROCEDURAL);
    assertThat(d.due()).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(d.steps())
        .extracting(Deadline.Step::key)
        .containsExactly(
            "petitions.clock.basis.PROCEDURAL",
            "petitions.deadline.received",
            "petitions.deadline.plus.DAYS",
            "petitions.deadline.moved");
  }

  @Test
  void theClockIsPausedWhileMaterialIsAwaitedAndCountsFromTheDayItIsComplete() {
    Petition p = petition(PetitionKind.CRIMINAL_PETITION, LocalDate.of(2026, 12, 1));
    p.askForMaterial();
    assertThat(clocks.of(p)).isEmpty();
    p.materialComplete(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 15));
    Deadline d = clock(p, Clock.PROCEDURAL);
    assertThat(d.due()).isEqualTo(LocalDate.of(2026, 12, 22));
    assertThat(d.steps()).extracting(Deadline.Step::key).contains("petitions.deadline.complete");
  }

  @Test
  void aLawyersObstructionComplaintIsAnsweredWithinTenDays() {
    Petition p = petition(PetitionKind.LAWYER_OBSTRUCTION, LocalDate.of(2026, 12, 1));
    assertThat(clock(p, Clock.LAWYER).due()).isEqualTo(LocalDate.of(2026, 12, 11));
  }

  @Test
  void aDisclosureRequestHasTwentyWorkingDaysAndTwentyMoreWithApproval() {
    Petition p = petition(PetitionKind.DISCLOSURE_REQUEST, LocalDate.of(2026, 9, 28));
    // 29, 30 Sep, 8, 9, 10 (调休), then four full weeks: the twentieth working day is 30 October.
    assertThat(clock(p, Clock.DISCLOSURE).due()).isEqualTo(LocalDate.of(2026, 10, 30));
    assertThat(clocks.of(p)).extracting(Deadline::clock).containsExactly(Clock.DISCLOSURE);
    p.extend();
    assertThat(clock(p, Clock.DISCLOSURE).due()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThatThrownBy(p::extend).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aNonProsecutionAppealAfterSevenDaysIsAnOrdinaryPetition() {
    LocalDate served = LocalDate.of(2026, 12, 1);
    assertThat(
            clocks.appealInTime(
                PetitionKind.NON_PROSECUTION_APPEAL, served, LocalDate.of(2026, 12, 8)))
        .isTrue();
    assertThat(
            clocks.appealInTime(
                PetitionKind.NON_PROSECUTION_APPEAL, served, LocalDate.of(2026, 12, 9)))
        .isFalse();
    assertThat(
            clocks.appealInTime(
                PetitionKind.NO_CASE_RECONSIDERATION, served, LocalDate.of(2026, 12, 11)))
        .isTrue();
  }

  @Test
  void clocksCountInWorkingDaysWhenTheSettingSaysSo() {
    var settings =
        new PetitionProperties(
            "7 WORKING_DAYS",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    Petition p = petition(PetitionKind.ACCUSATION, LocalDate.of(2026, 12, 1));
    Deadline d =
        new PetitionClocks(settings, calendar)
            .of(p).stream().filter(x -> x.clock() == Clock.PROCEDURAL).findFirst().orElseThrow();
    assertThat(d.due()).isEqualTo(LocalDate.of(2026, 12, 10));
  }

  @Test
  void afterTheProgressReplyAMonthlyFollowUpIsDueUntilTheMatterIsConcluded() {
    Petition p = petition(PetitionKind.ACCUSATION, LocalDate.of(2026, 9, 1));
    p.accept(LocalDate.of(2026, 9, 3));
    p.assign(7);
    assertThat(clocks.of(p)).extracting(Deadline::clock).doesNotContain(Clock.FOLLOW_UP);
    p.progress(LocalDate.of(2026, 11, 20));
    assertThat(clock(p, Clock.RESULT).metInTime()).isTrue();
    assertThat(clock(p, Clock.FOLLOW_UP).due()).isEqualTo(LocalDate.of(2026, 12, 21));
    p.progress(LocalDate.of(2026, 12, 18));
    assertThat(clock(p, Clock.FOLLOW_UP).due()).isEqualTo(LocalDate.of(2027, 1, 18));
    p.result(Outcome.UPHELD, LocalDate.of(2027, 1, 8));
    assertThat(clocks.of(p)).extracting(Deadline::clock).doesNotContain(Clock.FOLLOW_UP);
  }

  @Test
  void aStepOutOfOrderIsRefusedWithTheReason() {
    Petition p = petition(PetitionKind.ACCUSATION, LocalDate.of(2026, 12, 1));
    assertThatThrownBy(() -> p.progress(LocalDate.of(2026, 12, 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("答复办理进展");
    p.accept(LocalDate.of(2026, 12, 3));
    assertThatThrownBy(() -> p.close(LocalDate.of(2026, 12, 3)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> p.reopen(LocalDate.of(2026, 12, 3)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anExtensionInCalendarDaysThatEndsOnARestDayMovesToTheNextWorkingDay() {
    PetitionProperties calendarExtension =
        new PetitionProperties(
            null, null, null, null, null, "10 DAYS", null, null, null, null, null, null, null);
    Petition p = petition(PetitionKind.DISCLOSURE_REQUEST, LocalDate.of(2026, 11, 2));
    p.extended = true;
    // 20 working days from Monday 2 November: Monday 30 November; ten more days: Thursday 10
    // December.
    Deadline thursday = new PetitionClocks(calendarExtension, calendar).of(p).get(0);
    assertThat(thursday.due()).isEqualTo(LocalDate.of(2026, 12, 10));
    // From Wednesday 4 November: Wednesday 2 December + 10 = Saturday 12 December, due Monday 14th.
    p.receivedOn = LocalDate.of(2026, 11, 4);
    p.completeOn = p.receivedOn;
    Deadline monday = new PetitionClocks(calendarExtension, calendar).of(p).get(0);
    assertThat(monday.due()).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(monday.steps()).extracting(Deadline.Step::key).contains("petitions.deadline.moved");
  }
}
