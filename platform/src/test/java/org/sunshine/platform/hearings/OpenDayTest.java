package org.sunshine.platform.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.infrastructure.ReplayableClock;
import org.sunshine.platform.notifications.InboxEntry;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;

/** 检察开放日: its transitions, its seats under concurrency, and what visitors are told. */
@PlatformTest
class OpenDayTest {

  private static final AtomicInteger MOBILES = new AtomicInteger();

  @Autowired OpenDays openDays;
  @Autowired OpenDayReminders reminders;
  @Autowired StaffAccounts accounts;
  @Autowired LawyerGrants applicants;
  @Autowired Notifications notifications;
  @Autowired AuditLog audit;
  @Autowired JdbcClient db;
  @Autowired Clock clock;

  StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  /** A fresh applicant, as after the SMS sign-in. */
  long visitor() {
    return applicants.applicantFor(
        String.format("1370%07d", 5_000_000 + MOBILES.incrementAndGet()));
  }

  long published(int capacity, LocalDateTime startsAt) {
    long id =
        openDays.schedule(
            staff("casemgmt"),
            new NewOpenDay(
                "走进检察机关·测试开放日",
                startsAt,
                startsAt.plusHours(3),
                "小店区人民检察院一楼检察服务大厅",
                capacity,
                startsAt.minusHours(1)));
    openDays.publish(staff("casemgmt"), id);
    return id;
  }

  long published(int capacity) {
    return published(capacity, LocalDate.now(clock).plusDays(10).atTime(9, 0));
  }

  List<String> inbox(long applicant) {
    return notifications.inbox("applicant:" + applicant, 20).stream()
        .map(InboxEntry::body)
        .toList();
  }

  @Test
  void anOpenDayIsNeverOverbooked() throws Exception {
    long day = published(7);
    int people = 16;
    List<Long> visitors = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      visitors.add(visitor());
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < people; i++) {
        long v = visitors.get(i);
        int party = i % 2 == 0 ? 1 : 2;
        Callable<Boolean> booking =
            () -> {
              start.await();
              try {
                openDays.book(v, day, "访客" + v, party);
                return true;
              } catch (IllegalArgumentException full) {
                return false;
              }
            };
        results.add(pool.submit(booking));
      }
      start.countDown();
      int accepted = 0;
      for (Future<Boolean> r : results) {
        accepted += r.get() ? 1 : 0;
      }
      assertThat(accepted).isPositive();
    } finally {
      pool.shutdown();
    }
    OpenDayView after = openDays.get(day);
    assertThat(after.seatsTaken()).isLessThanOrEqualTo(7);
    assertThat(
            db.sql(
                    "select coalesce(sum(party_size), 0) from open_day_booking where open_day_id = ? and state = 'BOOKED'")
                .param(day)
                .query(Integer.class)
                .single())
        .as("seats booked in the database")
        .isLessThanOrEqualTo(7)
        // Sixteen parties of one or two against seven seats: the day fills up (at most one seat
        // stays empty, when only parties of two are left).
        .isGreaterThanOrEqualTo(6);
  }

  @Test
  void aCancelledOpenDayTellsEveryVisitor() {
    long day = published(30);
    long a = visitor();
    long b = visitor();
    long c = visitor();
    openDays.book(a, day, "张晓梅", 2);
    long bBooking = openDays.book(b, day, "王立新", 1);
    openDays.book(c, day, "刘芳", 3);
    openDays.cancelBooking(b, bBooking);

    openDays.cancel(staff("casemgmt"), day, "因场地维修改期举办");

    for (long visitor : List.of(a, c)) {
      assertThat(inbox(visitor))
          .anySatisfy(m -> assertThat(m).contains("已取消").contains("因场地维修改期举办"));
    }
    assertThat(inbox(b))
        .as("who had cancelled is not told the open day is off")
        .noneMatch(m -> m.contains("因场地维修改期举办"));
    assertThat(
            db.sql(
                    "select count(*) from notification where channel = 'SMS' and template = 'open-day-cancelled' and address in (?, ?)")
                .params(applicants(a), applicants(c))
                .query(Long.class)
                .single())
        .as("an SMS to each visitor")
        .isEqualTo(2);
    assertThatThrownBy(() -> openDays.book(visitor(), day, "赵强", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private String applicants(long id) {
    return db.sql("select mobile from open_day_booking where applicant_id = ? limit 1")
        .param(id)
        .query(String.class)
        .single();
  }

  @Test
  void aVisitorIsToldOfTheBookingAndRemindedOnceTheDayBefore() {
    LocalDateTime tomorrow = LocalDate.now(clock).plusDays(1).atTime(LocalTime.of(23, 0));
    long day = published(10, tomorrow);
    long v = visitor();
    openDays.book(v, day, "陈建华", 2);
    assertThat(inbox(v)).anySatisfy(m -> assertThat(m).contains("您已预约").contains("共2人"));

    assertThat(reminders.remind()).isPositive();
    reminders.remind();

    assertThat(inbox(v).stream().filter(m -> m.startsWith("提醒"))).hasSize(1);
  }

  @Test
  void aDraftOrPastOpenDayCannotBeBookedAndIsHeldOnlyOnceItBegan() {
    StaffIdentity cm = staff("casemgmt");
    LocalDateTime at = LocalDate.now(clock).plusDays(20).atTime(9, 30);
    long draft =
        openDays.schedule(
            cm, new NewOpenDay("检察开放日", at, at.plusHours(2), "二楼会议室", 20, at.minusDays(1)));
    assertThatThrownBy(() -> openDays.book(visitor(), draft, "李华", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("不接受预约");
    openDays.publish(cm, draft);
    assertThatThrownBy(() -> openDays.publish(cm, draft)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> openDays.hold(cm, draft))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("尚未开始");
    assertThatThrownBy(() -> openDays.book(visitor(), draft, "李华", 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("partySize");

    ReplayableClock.asOf(
        at.plusHours(1).atZone(clock.getZone()).toInstant(),
        () -> {
          assertThatThrownBy(() -> openDays.book(visitor(), draft, "李华", 1))
              .hasMessageContaining("截止");
          openDays.hold(cm, draft);
        });
    assertThat(openDays.get(draft).state()).isEqualTo("HELD");
    assertThatThrownBy(() -> openDays.cancel(cm, draft, "取消"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anOpenDayWithoutATimeOrInThePastIsNotScheduled() {
    StaffIdentity cm = staff("casemgmt");
    LocalDateTime past = LocalDate.now(clock).minusDays(1).atTime(9, 0);
    assertThatThrownBy(
            () ->
                openDays.schedule(
                    cm, new NewOpenDay("开放日", past, past.plusHours(1), "大厅", 10, past)))
        .hasMessageStartingWith("startsAt");
    LocalDateTime at = LocalDate.now(clock).plusDays(3).atTime(9, 0);
    assertThatThrownBy(
            () ->
                openDays.schedule(
                    cm, new NewOpenDay("开放日", at, at.plusHours(1), "大厅", 10, at.plusHours(2))))
        .hasMessageStartingWith("bookingDeadline");
    assertThatThrownBy(
            () ->
                openDays.schedule(
                    staff("handler"),
                    new NewOpenDay("开放日", at, at.plusHours(1), "大厅", 10, at.minusDays(1))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anotherUnitCannotRunAnOpenDayAndEveryLookAtTheVisitorsIsAudited() {
    long day = published(10);
    openDays.book(visitor(), day, "周敏", 1);
    // The city's press office sees the county's open day, but it is not theirs to run.
    assertThatThrownBy(() -> openDays.cancel(staff("press"), day, "测试"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(openDays.bookings(staff("casemgmt"), day))
        .singleElement()
        .satisfies(b -> assertThat(b.visitorName()).isEqualTo("周敏"));
    assertThat(audit.about(OpenDays.SUBJECT, Long.toString(day)))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("VIEW_OPEN_DAY_BOOKINGS");
              assertThat(e.actor()).isEqualTo("casemgmt");
            });
  }
}
