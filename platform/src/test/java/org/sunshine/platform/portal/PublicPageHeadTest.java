package org.sunshine.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.publication.PublishedReleases;
import org.sunshine.platform.support.PlatformTest;

/** What every public page tells browsers, search engines and feed readers in its head. */
@PlatformTest
class PublicPageHeadTest {

  private static final Pattern DESCRIPTION =
      Pattern.compile("<meta name=\"description\" content=\"[^\"]{10,}\">");
  private static final String FEED = "<link rel=\"alternate\" type=\"application/atom+xml\"";

  @Autowired MockMvc mvc;
  @Autowired Directory directory;
  @Autowired PublishedDocuments documents;
  @Autowired PublishedReleases releases;

  private String page(String url) throws Exception {
    MvcResult r = mvc.perform(get(url)).andReturn();
    assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
    return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private String unit() {
    return "/directory/" + directory.findByCode("140100").orElseThrow().id();
  }

  private String document() {
    return "/documents/"
        + documents.list(PublicationChannel.INTERNET, null, null, 0, 1).items().get(0).documentId();
  }

  @Test
  void everyPublicPageDescribesItself() throws Exception {
    String release = "/releases/" + releases.list(null, null, 0, 1).get(0).id();
    for (String url :
        List.of(
            "/",
            "/directory",
            unit(),
            "/guide",
            "/about",
            "/documents",
            document(),
            "/releases",
            release,
            "/search",
            "/access",
            "/login")) {
      assertThat(page(url)).as(url).containsPattern(DESCRIPTION);
    }
  }

  @Test
  void everyPageWithAFeedAnnouncesIt() throws Exception {
    assertThat(page("/")).contains(FEED).contains("href=\"/feeds/documents.atom\"");
    assertThat(page("/releases")).contains(FEED + " title=\"重要案件信息订阅（Atom）\"");
    String unit = unit();
    String id = unit.substring(unit.lastIndexOf('/') + 1);
    assertThat(page(unit))
        .contains("href=\"/feeds/documents.atom?unit=" + id + "\"")
        .contains("href=\"/feeds/releases.atom?unit=" + id + "\"");
    assertThat(page("/documents"))
        .contains(FEED)
        .as("a visible feed link too")
        .contains("id=\"document-feed\"");
    assertThat(page("/search")).doesNotContain(FEED);
  }

  @Test
  void theFaviconIsThere() throws Exception {
    MvcResult r = mvc.perform(get("/favicon.ico")).andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    assertThat(r.getResponse().getContentType()).startsWith("image/");
    assertThat(r.getResponse().getContentAsByteArray()).hasSizeGreaterThan(100);
  }
}
