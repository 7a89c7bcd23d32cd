package org.sunshine.platform.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.search.SearchProbe;
import org.sunshine.platform.support.PlatformTest;

/** The public lists of documents and releases, their pagers and feeds, with and without filters. */
@PlatformTest
class PublicListsTest {

  private static final AtomicLong IDS = new AtomicLong(700_000);

  @Autowired MockMvc mvc;
  @Autowired Publications publications;
  @Autowired PublishedReleases releases;
  @Autowired Directory directory;
  @Autowired TransactionTemplate tx;
  @Autowired ApplicationContext context;

  private String body(String url) throws Exception {
    return mvc.perform(get(url))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static String between(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(html);
    assertThat(m.find()).as(id).isTrue();
    return m.group(1);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private long releasesOfOneUnit(int howMany) {
    long unit = directory.findByCode("140105").orElseThrow().id();
    while (releases.count(unit, null) < howMany) {
      long id = IDS.incrementAndGet();
      tx.executeWithoutResult(
          s ->
              publications.publishRelease(
                  new ReleaseEdition(
                      id,
                      unit,
                      null,
                      "TYPICAL_CASE",
                      "分页测试典型案例" + id,
                      "正文",
                      LocalDate.now(),
                      "press")));
    }
    // the search indexes them after commit: let it finish before the context may close
    await().atMost(Duration.ofSeconds(30)).until(() -> SearchProbe.inStep(context));
    return unit;
  }

  @Test
  void anEmptyFilterValueMeansNoFilter() throws Exception {
    releasesOfOneUnit(1);
    String all = body("/releases");
    String empty = body("/releases?unit=&category=");
    assertThat(between(empty, "release-total")).isEqualTo(between(all, "release-total"));
    assertThat(Long.parseLong(between(all, "release-total"))).isPositive();
    long unit = directory.findByCode("140105").orElseThrow().id();
    String ofUnit = body("/releases?unit=" + unit + "&category=");
    assertThat(between(ofUnit, "release-total")).isEqualTo("" + releases.count(unit, null));

    assertThat(count(body("/feeds/releases.atom?unit=&category="), "<entry>"))
        .isEqualTo(count(body("/feeds/releases.atom"), "<entry>"))
        .isPositive();
    assertThat(body("/api/v1/releases?unit=&category=")).isEqualTo(body("/api/v1/releases"));

    assertThat(between(body("/documents?unit=&type="), "document-total"))
        .isEqualTo(between(body("/documents"), "document-total"));
    assertThat(body("/api/v1/documents?unit=&type=")).isEqualTo(body("/api/v1/documents"));
    assertThat(count(body("/feeds/documents.atom?unit=&type="), "<entry>"))
        .isEqualTo(count(body("/feeds/documents.atom"), "<entry>"));
    assertThat(body("/api/v1/search?q=&kind=&category=&unit=&year=&charge="))
        .isEqualTo(body("/api/v1/search"));
  }

  @Test
  void theReleasesListCountsItsPagesAndTheLastPageOffersNoNextPage() throws Exception {
    long unit = releasesOfOneUnit(21);
    long total = releases.count(unit, null);
    long pages = (total + 19) / 20;

    String first = body("/releases?unit=" + unit + "&category=");
    assertThat(first).contains("1 / " + pages);
    // the next page's link carries only the filters in force, never an empty value
    assertThat(first).contains("href=\"/releases?unit=" + unit + "&amp;page=1\"");
    assertThat(first).doesNotContain("category=&").doesNotContain("category=\"");
    assertThat(first).contains("href=\"/feeds/releases.atom?unit=" + unit + "\"");

    String last = body("/releases?unit=" + unit + "&page=" + (pages - 1));
    assertThat(last).contains(pages + " / " + pages);
    assertThat(last).doesNotContain("rel=\"next\"").contains("rel=\"prev\"");
  }

  @Test
  void thePublicDocumentFilterOffersOnlyTypesPublishedOnTheInternet() throws Exception {
    String filter = body("/documents");
    assertThat(filter).contains("<option value=\"INDICTMENT\"");
    for (String kioskOnly :
        new String[] {
          "NO_CASE_DECISION", "CASE_WITHDRAWAL_DECISION", "ARREST_REFUSAL_DECISION", "OTHER"
        }) {
      assertThat(filter).doesNotContain("value=\"" + kioskOnly + "\"");
    }
  }

  @Test
  void theKioskStartScreenLeadsToTheKioskDocuments() throws Exception {
    assertThat(body("/kiosk")).contains("href=\"/kiosk/documents\"");
  }

  @Test
  void searchLinksCarryOnlyTheFiltersInForce() throws Exception {
    String page = body("/search?q=&kind=&category=&unit=&year=&charge=");
    assertThat(page).contains("href=\"/search?category=INDICTMENT\"");
    assertThat(page).doesNotContainPattern("[?;](q|kind|category|unit|year|charge)=(&|\")");
    assertThat(page).doesNotContain("type=\"hidden\" name=\"category\"");
  }
}
