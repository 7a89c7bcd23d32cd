package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a surface form of a name stands, in short texts and in long ones read by position. */
class FormOccurrencesTest {

  @Test
  void aFormSplitByALineBreakAndASpaceIsFoundWhole() {
    assertThat(spans("被告人卓立\n 文到案。", "卓立文")).containsExactly("3-8");
  }

  @Test
  void threeBlanksBetweenTwoCharactersSplitTheForm() {
    assertThat(spans("卓立 \n 文", "卓立文")).isEmpty();
  }

  @Test
  void aLatinNameIsFoundWithoutTheSpaceAWrapTookAndWithTheOneAScanDoubled() {
    assertThat(spans("CHUKWUEMEKAOKAFOR and CHUKWUEMEKA  OKAFOR", "CHUKWUEMEKA OKAFOR"))
        .containsExactly("0-17", "22-41");
  }

  @Test
  void aLongTextReadByPositionFindsWhatAShortOneFinds() {
    String unit = "证人卓立文、卓立武和卓\n立文陈述，";
    String text = unit.repeat(CharPositions.WORTH / unit.length() + 10);
    List<String> found = spans(text, "卓立文");
    assertThat(found).hasSize(2 * (CharPositions.WORTH / unit.length() + 10));
    assertThat(found.get(0)).isEqualTo("2-5");
    assertThat(found.get(1)).isEqualTo("10-14");
  }

  @Test
  void occurrencesDoNotOverlap() {
    assertThat(spans("哈哈哈哈哈", "哈哈")).containsExactly("0-2", "2-4");
  }

  private static List<String> spans(String text, String form) {
    List<String> out = new ArrayList<>();
    FormOccurrences.each(text, form, (s, e) -> out.add(s + "-" + e));
    return out;
  }
}
