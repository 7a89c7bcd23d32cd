package org.sunshine.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sample that large counts are estimated on, and how estimates are shown. */
class LuceneCountsTest {

  private static double sampled(IntStream ids, String prefix) {
    return sampled(ids, prefix, 16);
  }

  private static double sampled(IntStream ids, String prefix, int rate) {
    int[] n = {0, 0};
    ids.forEach(
        i -> {
          n[0]++;
          n[1] += LuceneCounts.inSample(prefix + i, rate) ? 1 : 0;
        });
    return n[1] / (double) n[0];
  }

  @Test
  void theSampleIsOneInSixteenWhicheverKeysAndNotTiedToTheirOrder() {
    // all documents, the older and the newer half, even and odd ids, releases: the same share
    assertThat(sampled(IntStream.rangeClosed(1, 200_000), "document-")).isBetween(0.060, 0.065);
    assertThat(sampled(IntStream.rangeClosed(1, 100_000), "document-")).isBetween(0.058, 0.067);
    assertThat(sampled(IntStream.rangeClosed(100_001, 200_000), "document-"))
        .isBetween(0.058, 0.067);
    assertThat(sampled(IntStream.rangeClosed(1, 100_000).map(i -> 2 * i), "document-"))
        .isBetween(0.058, 0.067);
    assertThat(sampled(IntStream.rangeClosed(1, 100_000).map(i -> 2 * i + 1), "document-"))
        .isBetween(0.058, 0.067);
    assertThat(sampled(IntStream.rangeClosed(1, 50_000), "release-")).isBetween(0.056, 0.069);
  }

  @Test
  void theSparseSampleIsOneInSixtyFourAndPartOfTheDenseOne() {
    assertThat(sampled(IntStream.rangeClosed(1, 400_000), "document-", 64))
        .isBetween(0.0148, 0.0165);
    assertThat(
            IntStream.rangeClosed(1, 400_000)
                .mapToObj(i -> "document-" + i)
                .filter(k -> LuceneCounts.inSample(k, 64))
                .allMatch(k -> LuceneCounts.inSample(k, 16)))
        .isTrue();
  }

  @Test
  void estimatesShowThreeSignificantFiguresAndSmallNumbersStayAsTheyAre() {
    assertThat(LuceneCounts.round(133_104)).isEqualTo(133_000);
    assertThat(LuceneCounts.round(1_234_567)).isEqualTo(1_230_000);
    assertThat(LuceneCounts.round(10_016)).isEqualTo(10_000);
    assertThat(LuceneCounts.round(99_950)).isEqualTo(100_000);
    assertThat(LuceneCounts.round(999)).isEqualTo(999);
    assertThat(LuceneCounts.round(16)).isEqualTo(16);
  }
}
