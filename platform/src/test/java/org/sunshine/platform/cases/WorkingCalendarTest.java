package org.sunshine.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WorkingCalendarTest {

  @Test
  void holidaysAndMakeUpWorkingDaysAreReadAsIsoDatesFromTheSettings() {
    WorkingCalendar calendar =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of(
                        "sunshine.calendar.holidays", "2026-10-01,2026-10-02",
                        "sunshine.calendar.workdays", "2026-10-10")))
            .bind("sunshine.calendar", WorkingCalendar.class)
            .get();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 2))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 12))).isTrue();
  }

  @Test
  void aYearWithoutConfiguredHolidaysIsNoticed() {
    WorkingCalendar none = WorkingCalendar.weekendsOnly();
    WorkingCalendar some = WorkingCalendar.of(List.of(LocalDate.of(2026, 10, 1)), List.of());
    Assertions.assertThat(none.hasHolidaysIn(2026)).isFalse();
    Assertions.assertThat(some.hasHolidaysIn(2026)).isTrue();
    Assertions.assertThat(some.hasHolidaysIn(2027)).isFalse();
  }
}
