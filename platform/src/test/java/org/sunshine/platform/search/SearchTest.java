package org.sunshine.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.documents.DocumentWorkflow;
import org.sunshine.platform.documents.Documents;
import org.sunshine.platform.documents.NewDocument;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.redaction.DocumentType;

@PlatformTest
class SearchTest {

  @Autowired DocumentFixtures fx;
  @Autowired Documents documents;
  @Autowired DocumentWorkflow workflow;
  @Autowired PublicSearch search;
  @Autowired SearchAdmin admin;
  @Autowired SearchIndex index;
  @Autowired Directory directory;

  private long publish(String thing) throws Exception {
    long caseId = fx.aCase(true, false);
    long id =
        documents.create(
            fx.staff("handler"),
            new NewDocument(
                caseId,
                "晋小检刑诉〔2026〕S" + System.nanoTime() + "号",
                DocumentType.INDICTMENT,
                DocumentFixtures.indictment().replace("手机一部", thing),
                null,
                null,
                false));
    String hash = workflow.submit(fx.staff("handler"), id).contentHash();
    for (String who : new String[] {"depthead", "deputy", "casemgmt"}) {
      workflow.decide(fx.staff(who), id, true, null, hash);
    }
    // The index follows after commit, asynchronously.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> index.fingerprints().containsKey("document-" + id));
    return id;
  }

  private SearchResults find(String q) {
    return search.search(new SearchQuery(q, null, null, null, null, null, false, 0, 20));
  }

  private static boolean has(SearchResults r, long id) {
    return r.hits().stream().anyMatch(h -> h.key().equals("document-" + id));
  }

  @Test
  void phrasesPartialWordsAndChargesAreFoundWithHighlightedSnippets() throws Exception {
    long id = publish("祖传紫砂壶一把");
    assertThat(has(find("祖传紫砂壶"), id)).isTrue();
    assertThat(has(find("紫砂"), id)).isTrue(); // part of a word
    assertThat(has(find("壶"), id)).isTrue(); // a single character
    assertThat(has(find("非法占有为目的 紫砂壶"), id)).isTrue(); // a phrase and a term
    assertThat(has(find("盗窃 紫砂壶"), id)).isTrue();
    assertThat(find("紫砂壶 抢劫银行").hits()).isEmpty(); // every term must occur
    assertThat(find("祖传紫砂壶").hits().get(0).snippet()).contains("<mark>");
    assertThat(find("祖传紫砂壶").hits().get(0).title()).isEqualTo("起诉书（张某甲涉嫌盗窃案）");
  }

  @Test
  void aProvinceSeesItsCountiesDocumentsAndTheFacetsCountThroughTheHierarchy() throws Exception {
    long id = publish("青铜香炉一只");
    long province = directory.findByCode("140000").orElseThrow().id();
    long city = directory.findByCode("140100").orElseThrow().id();
    long otherCity = directory.findByCode("140200").orElseThrow().id();
    SearchQuery inProvince =
        new SearchQuery("青铜香炉", null, null, province, null, null, false, 0, 10);
    assertThat(has(search.search(inProvince), id)).isTrue();
    SearchQuery inOtherCity =
        new SearchQuery("青铜香炉", null, null, otherCity, null, null, false, 0, 10);
    assertThat(search.search(inOtherCity).hits()).isEmpty();
    SearchResults all = find("");
    long provinceCount = count(all, "unit", province);
    assertThat(provinceCount).isEqualTo(all.total());
    assertThat(count(all, "unit", city)).isPositive().isLessThanOrEqualTo(provinceCount);
    assertThat(all.facets().get("category")).anyMatch(f -> f.value().equals("INDICTMENT"));
    assertThat(all.facets().get("charge")).anyMatch(f -> f.value().equals("盗窃罪"));
  }

  private static long count(SearchResults r, String dim, long unit) {
    return r.facets().get(dim).stream()
        .filter(f -> f.value().equals(String.valueOf(unit)))
        .mapToLong(SearchResults.FacetCount::count)
        .sum();
  }

  @Test
  void aWithdrawnDocumentVanishesFromSearchAtOnce() throws Exception {
    long id = publish("汉代陶俑一件");
    assertThat(has(find("汉代陶俑"), id)).isTrue();
    workflow.orderWithdrawal(fx.staff("casemgmt.province"), id, "技术处理不当");
    await().atMost(Duration.ofSeconds(10)).until(() -> find("汉代陶俑").hits().isEmpty());
  }

  @Test
  void aRebuildEqualsTheIncrementalIndexAndTheDriftCheckFindsAnInjectedDrift() throws Exception {
    long id = publish("明代字画一幅");
    var incremental = index.fingerprints();
    assertThat(admin.drift().none()).isTrue();
    admin.rebuildNow();
    assertThat(index.fingerprints()).isEqualTo(incremental);
    index.delete("document-" + id);
    assertThat(admin.drift().missing()).containsExactly("document-" + id);
    admin.rebuildNow();
    assertThat(admin.drift().none()).isTrue();
    assertThat(has(find("明代字画"), id)).isTrue();
  }

  @Test
  void page500AnswersQuicklyAndPagesBeyondAreRefused() {
    assertThat(
            search.search(new SearchQuery("", null, null, null, null, null, true, 500, 20)).hits())
        .isEmpty();
    Assertions.assertThatThrownBy(
            () -> new SearchQuery("", null, null, null, null, null, true, 501, 20))
        .hasMessageStartingWith("page:");
  }
}
