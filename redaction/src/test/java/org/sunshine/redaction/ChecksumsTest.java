package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksumsTest {

  @Test
  void residentIdCheckCharacterFollowsGb11643() {
    assertThat(Checksums.validResidentId("11010519491231002X")).isTrue();
    assertThat(Checksums.validResidentId("110105194912310021")).isFalse();
  }

  @Test
  void bankCardsFollowLuhn() {
    assertThat(Checksums.luhn("4111111111111111")).isTrue();
    assertThat(Checksums.luhn("4111111111111112")).isFalse();
  }

  @Test
  void creditCodeCheckCharacterFollowsGb32100() {
    assertThat(Checksums.validCreditCode("91350100M000100Y43")).isTrue();
    assertThat(Checksums.validCreditCode("91350100M000100Y44")).isFalse();
  }
}
