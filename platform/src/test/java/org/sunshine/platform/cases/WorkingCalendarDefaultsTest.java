package org.sunshine.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The calendar shipped in application.yml is the State Council's 2026 notice
 * (国务院办公厅关于2026年部分节假日安排的通知, ADR 21), read as the running application reads it.
 */
class WorkingCalendarDefaultsTest {

  @Test
  void theShippedDefaultIsTheStateCouncils2026Calendar() throws IOException {
    WorkingCalendar calendar =
        new Binder(
                ConfigurationPropertySources.from(
                    new YamlPropertySourceLoader()
                        .load("application", new ClassPathResource("application.yml"))
                        .get(0)))
            .bind("sunshine.calendar", WorkingCalendar.class)
            .get();
    assertThat(calendar.holidays()).hasSize(33).allMatch(d -> d.getYear() == 2026);
    assertThat(calendar.workdays())
        .containsExactlyInAnyOrder(
            LocalDate.of(2026, 1, 4),
            LocalDate.of(2026, 2, 14),
            LocalDate.of(2026, 2, 28),
            LocalDate.of(2026, 5, 9),
            LocalDate.of(2026, 9, 20),
            LocalDate.of(2026, 10, 10));
    // 春节: 15 to 23 February off, Saturday 28 February worked.
    assertThat(calendar.onOrAfter(LocalDate.of(2026, 2, 15))).isEqualTo(LocalDate.of(2026, 2, 24));
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
    // 国庆节: 1 to 7 October off; the first working day after is Thursday 8 October.
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1))
        .isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(calendar.hasHolidaysIn(2027)).isFalse();
  }
}
