package org.sunshine.platform.archives;

import java.time.LocalDate;
import org.sunshine.platform.texts.BadInput;

/** A calendar quarter (立卷 is every three months, seed 001). */
record Quarter(int year, int quarter) {

  Quarter {
    if (quarter < 1 || quarter > 4) {
      throw BadInput.at("quarter", "archives.quarter.quarter.range");
    }
    if (year < 2000 || year > 2100) {
      throw BadInput.at("year", "archives.quarter.year.invalid");
    }
  }

  static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  Quarter previous() {
    return of(firstDay().minusDays(1));
  }

  /** Whether the quarter is over on {@code today} (a package made earlier holds it so far). */
  boolean endedBefore(LocalDate today) {
    return today.isAfter(lastDay());
  }

  /** For file names: {@code 2026Q3}. */
  String code() {
    return year + "Q" + quarter;
  }
}
