package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RefusalCheckTest {

  @Test
  void aMonthSummaryStartsOnTheFirstWhenNoDayInThatMonthIsNamed() {
    String text = "经依法审查查明：2024年3月至6月，被告人多次盗窃。2024年4月2日，被告人窃得手机一部。";
    assertThat(OffenceDates.earliest(text)).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void aLaterDayInTheSummarysMonthDoesNotMoveTheStartOfTheOffence() {
    String text = "经依法审查查明：2023年11月，被告人多次入户盗窃。2023年11月28日，被告人被公安机关抓获。";
    assertThat(OffenceDates.earliest(text)).isEqualTo(LocalDate.of(2023, 11, 1));
  }
}
