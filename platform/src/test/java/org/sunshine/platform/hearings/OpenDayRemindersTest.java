package org.sunshine.platform.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.notifications.InboxEntry;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

/** The day-before reminder run, as the scheduler starts it: one transaction, whole or nothing. */
@PlatformTest
class OpenDayRemindersTest {

  private static final AtomicInteger MOBILES = new AtomicInteger();

  @Autowired OpenDays openDays;
  @Autowired OpenDayReminders reminders;
  @Autowired StaffAccounts accounts;
  @Autowired LawyerGrants applicants;
  @Autowired Notifications notifications;
  @Autowired JdbcClient db;
  @Autowired @FlywayDataSource DataSource migrations;
  @Autowired Clock clock;

  long visitor() {
    return applicants.applicantFor(
        String.format("1371%07d", 6_000_000 + MOBILES.incrementAndGet()));
  }

  long openDayTomorrow() {
    var staff = accounts.identity("casemgmt").orElseThrow();
    LocalDateTime at = LocalDate.now(clock).plusDays(1).atTime(22, 30);
    long id =
        openDays.schedule(
            staff,
            new NewOpenDay(
                "走进检察机关·提醒测试", at, at.plusHours(1), "小店区人民检察院二楼报告厅", 10, at.minusHours(1)));
    openDays.publish(staff, id);
    return id;
  }

  long bookingOf(long applicant) {
    return db.sql("select id from open_day_booking where applicant_id = ?")
        .param(applicant)
        .query(Long.class)
        .single();
  }

  boolean reminded(long booking) {
    return db.sql("select reminded_at is not null from open_day_booking where id = ?")
        .param(booking)
        .query(Boolean.class)
        .single();
  }

  List<String> reminders(long applicant) {
    return notifications.inbox("applicant:" + applicant, 20).stream()
        .map(InboxEntry::body)
        .filter(m -> m.startsWith("提醒"))
        .toList();
  }

  @Test
  void aScheduledRunThatFailsHalfwayRemindsNobodyAndTheNextRunRemindsEveryoneOnce() {
    long day = openDayTomorrow();
    long first = visitor();
    long second = visitor();
    openDays.book(first, day, "王海燕", 1);
    openDays.book(second, day, "刘志强", 2);
    long failing = bookingOf(second);

    // The database refuses to mark the second booking, after the first one was reminded.
    JdbcTemplate owner = new JdbcTemplate(migrations);
    owner.execute(
        "create function tidy_refuse_mark() returns trigger language plpgsql as $$ begin"
            + " raise exception 'mark refused'; end $$");
    owner.execute(
        "create trigger tidy_refuse_mark before update of reminded_at on open_day_booking"
            + " for each row when (new.id = "
            + failing
            + ") execute function tidy_refuse_mark()");
    try {
      assertThatThrownBy(() -> reminders.runDaily()).hasMessageContaining("mark refused");
    } finally {
      owner.execute("drop trigger tidy_refuse_mark on open_day_booking");
      owner.execute("drop function tidy_refuse_mark()");
    }

    assertThat(reminders(first)).as("the first visitor's notice went back with the run").isEmpty();
    assertThat(reminded(bookingOf(first))).isFalse();

    assertThat(reminders.remind()).isGreaterThanOrEqualTo(2);
    reminders.runDaily();
    assertThat(reminders(first)).hasSize(1);
    assertThat(reminders(second)).hasSize(1);
    assertThat(reminded(bookingOf(first))).isTrue();
    assertThat(reminded(failing)).isTrue();
  }
}
