package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResidualCheckTest {

  @Test
  void aNameSplitBySpacesDotsOrStarsIsStillALeak() {
    for (String leak : List.of("张 三 丰", "张·三·丰", "张*三丰", "张\n三丰")) {
      assertThat(ResidualCheck.check("甲" + leak + "乙", List.of("张三丰"), List.of(), List.of()))
          .isNotEmpty();
    }
  }

  @Test
  void aPseudonymIsNotALeak() {
    assertThat(ResidualCheck.check("张某某与张某甲", List.of("张三丰"), List.of(), List.of())).isEmpty();
  }

  @Test
  void digitsWithSpacesDashesOrFullWidthFormsAreStillALeak() {
    assertThat(ResidualCheck.check("电话１３９－１０２７ ４６８３", List.of(), List.of("13910274683"), List.of()))
        .isNotEmpty();
  }

  @Test
  void aPartiallyMaskedNumberIsNotALeak() {
    assertThat(
            ResidualCheck.check(
                "410526********8159", List.of(), List.of("410526196502088159"), List.of()))
        .isEmpty();
  }
}
