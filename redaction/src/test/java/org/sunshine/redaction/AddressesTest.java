package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressesTest {

  @Test
  void unitWordsAreKeptAndNamesAndNumbersMasked() {
    assertThat(Addresses.mask("翠苑街道文三路398号东方通信大厦1102", AddressStyle.UNIT_WORDS_KEPT))
        .isEqualTo("**街道**路**号**大厦**");
    assertThat(Addresses.mask("留固镇东孔庄村128号", AddressStyle.UNIT_WORDS_KEPT))
        .doesNotContain("东孔", "留固");
  }

  @Test
  void theNamedPartsOfATailAreItsComponents() {
    assertThat(Addresses.components("望京街道花家地北里12号楼")).contains("望京街道", "花家地北里");
  }

  @Test
  void aCrimeSceneOnAPublicRoadIsNotAnAddress() {
    RedactionResult r =
        new RedactionEngine().redact(RedactionRequest.of("被告人驾车沿西昌市向阳路由北向南行驶，至向阳路与航天大道交叉口。"));
    assertThat(r.redactedText()).contains("西昌市向阳路由北向南行驶");
  }
}
