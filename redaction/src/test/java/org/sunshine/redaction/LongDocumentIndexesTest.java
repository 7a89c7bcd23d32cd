package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The indexes that keep a 300-page document's cost proportional to its length must answer exactly
 * what the linear searches they replace answered: otherwise a name or a kept span would be missed
 * only in long documents, where nobody looks.
 */
class LongDocumentIndexesTest {

  @Property(tries = 40)
  void keptRangesAnswerAsALinearScanWouldHoweverManyThereAre(
      @ForAll @IntRange(min = 0, max = 3000) int count, @ForAll long seed) {
    Random random = new Random(seed);
    Protected kept = new Protected();
    List<int[]> linear = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int start = random.nextInt(20_000);
      int end = start + 1 + random.nextInt(40);
      kept.add(start, end, "institution");
      linear.add(new int[] {start, end});
      if (i % 7 == 0) {
        assertAgrees(kept, linear, random); // questions between additions, as the rules ask them
      }
    }
    for (int q = 0; q < 200; q++) {
      assertAgrees(kept, linear, random);
    }
  }

  private static void assertAgrees(Protected kept, List<int[]> linear, Random random) {
    int start = random.nextInt(20_050);
    int end = start + 1 + random.nextInt(30);
    boolean covers = linear.stream().anyMatch(r -> r[0] <= start && end <= r[1]);
    boolean overlaps = linear.stream().anyMatch(r -> start < r[1] && r[0] < end);
    assertThat(kept.covers(start, end)).isEqualTo(covers);
    assertThat(kept.overlaps(start, end)).isEqualTo(overlaps);
  }

  @Property(tries = 30)
  void aLongTextFindsEveryOccurrenceIndexOfWouldFind(@ForAll long seed) {
    Random random = new Random(seed);
    String alphabet = "王李张伟芳\n 　1a𠀀";
    StringBuilder text = new StringBuilder();
    while (text.length() < CharPositions.WORTH + 2_000) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    String longText = text.toString();
    assertThat(CharPositions.of(longText)).isNotNull();
    for (String what : List.of("王李", "伟", "芳 张", "𠀀", "a1", "缺")) {
      for (int from = 0; from < longText.length(); from += 97) {
        assertThat(CharPositions.indexOf(longText, what, from))
            .isEqualTo(longText.indexOf(what, from));
      }
    }
  }

  @Property(tries = 40)
  void resolvedFindingsPreferTheLongerAndNeverOverlap(
      @ForAll @IntRange(min = 1, max = 400) int count, @ForAll long seed) {
    Random random = new Random(seed);
    Findings findings = new Findings();
    String text = "某".repeat(3_000);
    for (int i = 0; i < count; i++) {
      int start = random.nextInt(2_900);
      findings.add(start, start + 1 + random.nextInt(20), text, Category.NAME, null, "t", 1, "**");
    }
    List<Finding> chosen = findings.resolved();
    for (int i = 1; i < chosen.size(); i++) {
      assertThat(chosen.get(i - 1).end()).isLessThanOrEqualTo(chosen.get(i).start());
    }
    // every finding left out overlaps a chosen one at least as long
    for (Finding f : findings.all()) {
      assertThat(
              chosen.stream()
                  .anyMatch(
                      c -> c == f || c.overlaps(f) && c.end() - c.start() >= f.end() - f.start()))
          .isTrue();
    }
  }
}
