package org.sunshine.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SearchIndex} must do, whatever the engine behind it: the Lucene index and the
 * OpenSearch adapter run these same tests.
 */
abstract class SearchIndexContract {

  /** A fresh, empty index for each test. */
  abstract SearchIndex index();

  static SearchEntry entry(
      String key, String text, String category, List<Long> units, String charge, String day) {
    return new SearchEntry(
        key,
        "DOCUMENT",
        "起诉书（" + key + "）",
        text,
        category,
        "起诉书",
        units.get(units.size() - 1),
        "测试院" + units.get(units.size() - 1),
        units,
        charge,
        LocalDate.parse(day),
        "/documents/" + key,
        Integer.toHexString(text.hashCode()));
  }

  private static final SearchEntry THEFT =
      entry(
          "a",
          "被告人张某某以非法占有为目的，秘密窃取被害人的紫砂壶一把。<b>粗体</b>",
          "INDICTMENT",
          List.of(2L, 3L, 4L),
          "盗窃罪",
          "2026-03-01");
  private static final SearchEntry FRAUD =
      entry(
          "b", "被告人李某某虚构投资项目，骗取被害人人民币五万元。", "INDICTMENT", List.of(2L, 3L, 5L), "诈骗罪", "2026-05-01");
  private static final SearchEntry DROPPED =
      entry(
          "c",
          "被不起诉人王某某秘密窃取超市商品，情节轻微。",
          "NON_PROSECUTION_DECISION",
          List.of(2L, 8L, 9L),
          "盗窃罪",
          "2025-07-01");

  private SearchResults find(SearchIndex index, String text) {
    return index.search(new SearchQuery(text, null, null, null, null, null, false, 0, 10));
  }

  private static List<String> keys(SearchResults r) {
    return r.hits().stream().map(SearchResults.Hit::key).toList();
  }

  @Test
  void phrasesPartialWordsSingleCharactersAndEveryTermMustOccur() {
    SearchIndex index = index();
    index.upsert(List.of(THEFT, FRAUD, DROPPED));
    assertThat(keys(find(index, "非法占有为目的"))).containsExactly("a");
    assertThat(keys(find(index, "秘密窃取"))).containsExactlyInAnyOrder("a", "c");
    assertThat(keys(find(index, "紫砂"))).containsExactly("a");
    assertThat(keys(find(index, "壶"))).containsExactly("a");
    assertThat(keys(find(index, "秘密窃取 超市"))).containsExactly("c");
    assertThat(find(index, "紫砂壶 投资").hits()).isEmpty();
  }

  @Test
  void snippetsMarkTheMatchAndEscapeTheText() {
    SearchIndex index = index();
    index.upsert(List.of(THEFT));
    String snippet = find(index, "紫砂壶").hits().get(0).snippet();
    assertThat(snippet).contains("<mark>").doesNotContain("<b>");
  }

  @Test
  void filtersAndFacetsFollowTheHierarchy() {
    SearchIndex index = index();
    index.upsert(List.of(THEFT, FRAUD, DROPPED));
    SearchResults all =
        index.search(new SearchQuery("", null, null, null, null, null, true, 0, 10));
    assertThat(all.total()).isEqualTo(3);
    assertThat(keys(all)).containsExactly("b", "a", "c"); // newest first
    assertThat(all.facets().get("unit"))
        .contains(new SearchResults.FacetCount("2", 3), new SearchResults.FacetCount("3", 2));
    assertThat(all.facets().get("charge")).contains(new SearchResults.FacetCount("盗窃罪", 2));
    SearchResults city = index.search(new SearchQuery("", null, null, 3L, null, null, true, 0, 10));
    assertThat(keys(city)).containsExactly("b", "a");
    SearchResults dropped =
        index.search(
            new SearchQuery("", null, "NON_PROSECUTION_DECISION", null, 2025, "盗窃罪", false, 0, 10));
    assertThat(keys(dropped)).containsExactly("c");
  }

  @Test
  void upsertsAreIdempotentAndDeletesRemove() {
    SearchIndex index = index();
    index.upsert(List.of(THEFT, FRAUD));
    index.upsert(List.of(THEFT));
    assertThat(index.count()).isEqualTo(2);
    index.delete("a");
    index.delete("no-such-key");
    assertThat(index.count()).isEqualTo(1);
    assertThat(find(index, "紫砂壶").hits()).isEmpty();
  }

  @Test
  void aRebuildEqualsTheIncrementalIndex() {
    SearchIndex index = index();
    index.upsert(List.of(THEFT, FRAUD, DROPPED));
    var incremental = index.fingerprints();
    int[] seen = {0};
    index.replaceAll(List.of(THEFT, FRAUD, DROPPED), () -> seen[0]++);
    assertThat(seen[0]).isEqualTo(3);
    assertThat(index.fingerprints()).isEqualTo(incremental).hasSize(3);
    index.replaceAll(List.of(FRAUD), () -> {});
    assertThat(index.fingerprints().keySet()).containsExactly("b");
  }

  @Test
  void pagesAreStableAndTheLastOneIsPartial() {
    SearchIndex index = index();
    index.upsert(List.of(THEFT, FRAUD, DROPPED));
    SearchResults second =
        index.search(new SearchQuery("", null, null, null, null, null, true, 1, 2));
    assertThat(second.total()).isEqualTo(3);
    assertThat(keys(second)).containsExactly("c");
  }
}
