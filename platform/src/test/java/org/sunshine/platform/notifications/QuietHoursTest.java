package org.sunshine.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static QuietHours at(int hour, int minute) {
    Instant now = ZonedDateTime.of(2026, 12, 6, hour, minute, 0, 0, BEIJING).toInstant();
    NotificationProperties defaults =
        new NotificationProperties(null, null, null, null, null, null, null, null);
    return new QuietHours(defaults, Clock.fixed(now, BEIJING));
  }

  private static LocalTime local(Instant i) {
    return i.atZone(BEIJING).toLocalTime();
  }

  @Test
  void aNonUrgentSmsQueuedAtNightWaitsUntilEightInTheMorning() {
    Instant late = at(23, 30).firstAttempt(MessageChannel.SMS, false);
    assertThat(local(late)).isEqualTo(LocalTime.of(8, 0));
    assertThat(late.atZone(BEIJING).getDayOfMonth()).isEqualTo(7);
    Instant early = at(6, 15).firstAttempt(MessageChannel.SMS, false);
    assertThat(local(early)).isEqualTo(LocalTime.of(8, 0));
    assertThat(early.atZone(BEIJING).getDayOfMonth()).isEqualTo(6);
  }

  @Test
  void aLoginCodeAndTheInboxAreNeverHeld() {
    QuietHours night = at(23, 30);
    Instant now = ZonedDateTime.of(2026, 12, 6, 23, 30, 0, 0, BEIJING).toInstant();
    assertThat(night.firstAttempt(MessageChannel.SMS, true)).isEqualTo(now);
    assertThat(night.firstAttempt(MessageChannel.INBOX, false)).isEqualTo(now);
  }

  @Test
  void aDaytimeSmsGoesAtOnce() {
    Instant now = ZonedDateTime.of(2026, 12, 6, 10, 0, 0, 0, BEIJING).toInstant();
    assertThat(at(10, 0).firstAttempt(MessageChannel.SMS, false)).isEqualTo(now);
  }
}
