package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
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

  @Test
  void theSeparatorsRemovedByLoopsAreExactlyThoseOfThePatterns() {
    assertSameCharacters(ResidualCheck.NAME_SEP_CHARS, ResidualCheck.NAME_SEPARATORS);
    assertSameCharacters(ResidualCheck.NUM_SEP_CHARS, ResidualCheck.NUMBER_SEPARATORS);
  }

  private static void assertSameCharacters(Pattern pattern, String listed) {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(listed.indexOf(c) >= 0)
          .as("U+%04X", (int) c)
          .isEqualTo(pattern.matcher(String.valueOf(c)).matches());
    }
  }

  @Test
  void keptSpansBlankEveryCharacterOfEveryOccurrenceEvenWhereTheyOverlap() {
    // overlapping, nested and repeated spans over a small alphabet
    Random random = new Random(14);
    for (int round = 0; round < 2000; round++) {
      String hay = random(random, 1 + random.nextInt(60));
      List<String> spans = new ArrayList<>();
      for (int k = random.nextInt(8); k > 0; k--) {
        spans.add(
            random.nextBoolean() && hay.length() > 4
                ? hay.substring(random.nextInt(hay.length() - 3))
                    .substring(0, 2 + random.nextInt(2))
                : random(random, 2 + random.nextInt(3)));
      }
      assertThat(KeptBlanks.blank(hay, spans))
          .as("%s %s", hay, spans)
          .isEqualTo(blankedCharByChar(hay, spans));
    }
  }

  @Test
  void aNameInsideAnExceptionThatSharesACharacterWithALongerKeptSpanIsNoResidual() {
    String out = "负责在长沙市岳麓区金山路租用的会议室开展活动。";
    assertThat(
            ResidualCheck.check(
                out, List.of("金山"), List.of(), List.of(), List.of("长沙市岳麓区", "区金山路")))
        .isEmpty();
    assertThat(ResidualCheck.check(out, List.of("金山"), List.of(), List.of(), List.of("长沙市岳麓区")))
        .containsExactly("name:金山");
  }

  /** The reference: mark each character inside an occurrence, then one NUL per marked run. */
  private static String blankedCharByChar(String hay, List<String> spans) {
    boolean[] marked = new boolean[hay.length()];
    for (String span : spans) {
      for (int at = hay.indexOf(span); at >= 0; at = hay.indexOf(span, at + 1)) {
        Arrays.fill(marked, at, at + span.length(), true);
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < hay.length(); i++) {
      if (!marked[i]) {
        out.append(hay.charAt(i));
      } else if (i == 0 || !marked[i - 1]) {
        out.append('\u0000');
      }
    }
    return out.toString();
  }

  private static String random(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append("江山市法院张".charAt(random.nextInt(6)));
    }
    return s.toString();
  }
}
