package org.sunshine.platform.lawyers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sunshine.platform.cases.WorkingCalendar;

/** The legal clocks of lawyer requests and the transitions of a request, without the database. */
class LawyerDeadlinesTest {

  // 2026: 10-01..10-07 National Day holidays, Sunday 10-11 a make-up working day (调休).
  private final WorkingCalendar calendar =
      WorkingCalendar.of(
          List.of(
              LocalDate.of(2026, 10, 1),
              LocalDate.of(2026, 10, 2),
              LocalDate.of(2026, 10, 5),
              LocalDate.of(2026, 10, 6),
              LocalDate.of(2026, 10, 7)),
          List.of(LocalDate.of(2026, 10, 11)));
  private final LawyerProperties properties =
      new LawyerProperties(null, null, null, null, null, null, null, null);

  @Test
  void aFileReviewRequestIsArrangedWithinThreeWorkingDays() {
    // Submitted on Friday 2026-12-04: Monday, Tuesday, Wednesday (刑事诉讼规则 第四十九条).
    DueDates.Due due =
        DueDates.due(properties.rule(RequestType.FILE_REVIEW), LocalDate.of(2026, 12, 4), calendar);
    assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 12, 9));
    assertThat(due.basis()).contains("第四十九条").contains("3 个工作日").contains("2026-12-09");
  }

  @Test
  void aFileReviewRequestBeforeNationalDayCountsTheMakeUpSunday() {
    // 09-30 (Wed) → 10-08 (Thu), 10-09 (Fri), 10-11 (Sun, 调休).
    DueDates.Due due =
        DueDates.due(properties.rule(RequestType.FILE_REVIEW), LocalDate.of(2026, 9, 30), calendar);
    assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 10, 11));
  }

  @Test
  void aChangeOfCompulsoryMeasureIsDecidedWithinThreeDaysAndAHolidayLastDayMoves() {
    LawyerProperties.Rule rule = properties.rule(RequestType.MEASURE_CHANGE);
    assertThat(rule.basis()).contains("第九十七条");
    // Monday 12-07 + 3 calendar days = Thursday 12-10.
    assertThat(DueDates.due(rule, LocalDate.of(2026, 12, 7), calendar).dueOn())
        .isEqualTo(LocalDate.of(2026, 12, 10));
    // Wednesday 12-09 + 3 = Saturday 12-12, moved to Monday 12-14 (刑事诉讼法 第一百零五条).
    DueDates.Due moved = DueDates.due(rule, LocalDate.of(2026, 12, 9), calendar);
    assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(moved.basis()).contains("顺延");
  }

  @Test
  void aNonLawyerDefenderIsAnsweredWithinThreeDays() {
    LawyerProperties.Rule rule = properties.rule(RequestType.NON_LAWYER_DEFENDER);
    assertThat(rule.basis()).contains("第四十八条");
    assertThat(rule.workingDays()).isFalse();
    assertThat(DueDates.due(rule, LocalDate.of(2026, 12, 1), calendar).dueOn())
        .isEqualTo(LocalDate.of(2026, 12, 4));
  }

  @Test
  void aSupplementStopsTheClockForTheWorkingDaysItTook() {
    LawyerProperties.Rule rule = properties.rule(RequestType.FILE_REVIEW);
    DueDates.Due due = DueDates.due(rule, LocalDate.of(2026, 12, 1), calendar); // due Fri 12-04
    // Asked on Wed 12-02, supplied on Mon 12-07: Thu, Fri, Mon = 3 working days paused.
    DueDates.Due resumed =
        DueDates.resumed(
            rule,
            LocalDate.of(2026, 12, 1),
            due.basis(),
            0,
            LocalDate.of(2026, 12, 2),
            LocalDate.of(2026, 12, 7),
            calendar);
    assertThat(resumed.dueOn()).isEqualTo(LocalDate.of(2026, 12, 9));
    assertThat(resumed.basis()).contains("暂停 3 个工作日");
  }

  @Test
  void aSupplementPauseIsAddedToThePeriodNotToItsHolidayMovedLastDay() {
    // 第九十七条: three days from Wed 12-09 end Sat 12-12, moved to Mon 12-14 (第一百零五条). Paused
    // Thu 12-10 to Fri 12-11, one day: the period ends Sun 12-13, again moved to Mon 12-14 — not
    // Tue 12-15, which counts the weekend once as the move and again after the pause.
    LawyerProperties.Rule rule = properties.rule(RequestType.MEASURE_CHANGE);
    LocalDate filed = LocalDate.of(2026, 12, 9);
    DueDates.Due due = DueDates.due(rule, filed, calendar);
    assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 12, 14));
    DueDates.Due resumed =
        DueDates.resumed(
            rule,
            filed,
            due.basis(),
            0,
            LocalDate.of(2026, 12, 10),
            LocalDate.of(2026, 12, 11),
            calendar);
    assertThat(resumed.dueOn()).isEqualTo(LocalDate.of(2026, 12, 14));
  }

  @Test
  void aRequestDueWithinOneWorkingDayIsNearAndPastItsDateOverdue() {
    LocalDate friday = LocalDate.of(2026, 12, 4);
    assertThat(DueDates.urgency(LocalDate.of(2026, 12, 7), friday, calendar)).isEqualTo("NEAR");
    assertThat(DueDates.urgency(friday, friday, calendar)).isEqualTo("NEAR");
    assertThat(DueDates.urgency(LocalDate.of(2026, 12, 8), friday, calendar)).isEqualTo("NORMAL");
    assertThat(DueDates.urgency(LocalDate.of(2026, 12, 3), friday, calendar)).isEqualTo("OVERDUE");
  }

  @Test
  void aRefusalWithoutAReasonIsNotSaved() {
    LawyerRequest r = request(RequestStatus.ACCEPTED);
    Instant now = Instant.parse("2026-12-04T02:00:00Z");
    assertThatThrownBy(() -> r.decide(RequestStatus.REFUSED, null, "无", "cm", now))
        .hasMessageStartingWith("reasonCode:");
    assertThatThrownBy(() -> r.decide(RequestStatus.REFUSED, "STATE_SECRET", " ", "cm", now))
        .hasMessageStartingWith("reasonText:");
    assertThatThrownBy(
            () -> r.decide(RequestStatus.PARTLY_GRANTED, "STATE_SECRET", null, "cm", now))
        .hasMessageStartingWith("reasonText:");
    assertThat(r.status).isEqualTo(RequestStatus.ACCEPTED);
    assertThat(r.decidedAt).isNull();
    r.decide(RequestStatus.REFUSED, "STATE_SECRET", "案卷涉及国家秘密部分不予复制", "cm", now);
    assertThat(r.status).isEqualTo(RequestStatus.REFUSED);
  }

  @Test
  void aRequestMovesSubmittedAcceptedDecidedFulfilledClosedAndNoOtherWay() {
    LawyerRequest r = request(RequestStatus.SUBMITTED);
    Instant now = Instant.parse("2026-12-04T02:00:00Z");
    assertThatThrownBy(() -> r.fulfil(null)).isInstanceOf(IllegalStateException.class);
    r.accept();
    assertThatThrownBy(r::accept).isInstanceOf(IllegalStateException.class);
    r.decide(RequestStatus.GRANTED, null, null, "cm", now);
    assertThatThrownBy(() -> r.decide(RequestStatus.REFUSED, "OTHER", "再次答复", "cm", now))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.withdraw(now)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.close(now)).isInstanceOf(IllegalStateException.class);
    r.fulfil("已阅卷");
    r.close(now);
    assertThat(r.status).isEqualTo(RequestStatus.CLOSED);
  }

  @Test
  void aRequestWaitingForASupplementIsNotDecidedUntilSupplied() {
    LawyerRequest r = request(RequestStatus.ACCEPTED);
    assertThatThrownBy(() -> r.askForSupplement(" ", LocalDate.of(2026, 12, 2)))
        .hasMessageStartingWith("note:");
    r.askForSupplement("请补充会见通知书", LocalDate.of(2026, 12, 2));
    assertThatThrownBy(
            () ->
                r.decide(
                    RequestStatus.GRANTED, null, null, "cm", Instant.parse("2026-12-04T02:00:00Z")))
        .isInstanceOf(IllegalStateException.class);
    r.supplied(new DueDates.Due(LocalDate.of(2026, 12, 9), "basis"), 3);
    assertThat(r.status).isEqualTo(RequestStatus.ACCEPTED);
    assertThat(r.pausedDays).isEqualTo(3);
    assertThat(r.dueOn).isEqualTo(LocalDate.of(2026, 12, 9));
  }

  @Test
  void aFileIsWhatItsBytesSayNotWhatItsNameSays() {
    Uploads uploads = new Uploads(properties);
    Upload fake = new Upload("licence.pdf", "application/pdf", "%PDF-1.4 not really".getBytes());
    assertThatThrownBy(() -> uploads.check("licence", fake))
        .hasMessageStartingWith("licence:")
        .hasMessageContaining("不是有效的 PDF");
    Upload exe = new Upload("licence.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0});
    assertThatThrownBy(() -> uploads.check("licence", exe)).hasMessageContaining("不是有效的 PDF");
    Upload huge =
        new Upload("big.pdf", "application/pdf", new byte[properties.maxUploadBytes() + 1]);
    assertThatThrownBy(() -> uploads.check("licence", huge)).hasMessageContaining("超过 10 MB");
    Upload png =
        new Upload(
            "scan.pdf",
            "application/pdf",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0});
    assertThat(uploads.check("licence", png).contentType()).isEqualTo("image/png");
  }

  private static LawyerRequest request(RequestStatus status) {
    return new LawyerRequest(
        new RequestRows.RequestRow(
            1,
            1,
            1,
            1,
            1,
            "晋检刑诉〔2026〕1号",
            "张三",
            1,
            RequestType.FILE_REVIEW,
            status,
            "阅卷",
            null,
            Instant.parse("2026-12-01T02:00:00Z"),
            LocalDate.of(2026, 12, 4),
            "basis",
            null,
            0,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            0,
            null));
  }
}
