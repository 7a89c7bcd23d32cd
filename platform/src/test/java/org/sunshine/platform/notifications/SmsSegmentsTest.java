package org.sunshine.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

  @Test
  void aShortSmsGoesWholeAndALongOneInNumberedSegmentsOfSeventy() {
    assertThat(SmsSegments.split("短信")).containsExactly("短信");
    String text = "案".repeat(150);
    List<String> parts = SmsSegments.split(text);
    assertThat(parts).hasSize(3);
    assertThat(parts).allMatch(p -> p.length() <= 70);
    assertThat(parts.get(0)).startsWith("(1/3)");
    assertThat(String.join("", parts).replaceAll("\\(\\d/3\\)", "")).isEqualTo(text);
  }
}
