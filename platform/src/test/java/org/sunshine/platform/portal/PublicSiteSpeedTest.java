package org.sunshine.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.support.PlatformTest;

/** Over real HTTP: what makes the public site fast on a phone, and what must never be cached. */
@PlatformTest
class PublicSiteSpeedTest {

  @LocalServerPort int port;
  @Autowired PublishedDocuments documents;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private long aDocument() {
    return documents
        .list(PublicationChannel.INTERNET, null, null, 0, 1)
        .items()
        .get(0)
        .documentId();
  }

  @Test
  void pagesAreCompressedForClientsThatAcceptIt() throws Exception {
    HttpResponse<String> page = get("/documents", "Accept-Encoding", "gzip");
    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  @Test
  void staticFilesHaveContentHashedUrlsAndAreKeptForAYear() throws Exception {
    String home = get("/").body();
    Matcher css = Pattern.compile("href=\"(/css/sunshine-[0-9a-f]{32}\\.css)\"").matcher(home);
    assertThat(css.find()).as("hashed stylesheet link").isTrue();
    Matcher bootstrap =
        Pattern.compile(
                "src=\"(/webjars/bootstrap/[^\"]*bootstrap\\.bundle\\.min-[0-9a-f]{32}\\.js)\"")
            .matcher(home);
    assertThat(bootstrap.find()).as("hashed webjar link").isTrue();
    for (String url : new String[] {css.group(1), bootstrap.group(1)}) {
      HttpResponse<String> file = get(url);
      assertThat(file.statusCode()).as(url).isEqualTo(200);
      assertThat(file.headers().firstValue("Cache-Control").orElseThrow())
          .contains("max-age=31536000")
          .contains("public");
    }
  }

  @Test
  void aPublishedDocumentAndItsPdfAreRevalidatedNotDownloadedAgain() throws Exception {
    for (String url :
        new String[] {"/documents/" + aDocument(), "/documents/" + aDocument() + ".pdf"}) {
      HttpResponse<String> first = get(url);
      assertThat(first.statusCode()).as(url).isEqualTo(200);
      assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
          .as(url)
          .contains("public")
          .contains("max-age=300")
          .doesNotContain("no-store");
      String etag = first.headers().firstValue("ETag").orElseThrow();
      assertThat(first.headers().firstValue("Last-Modified")).as(url).isPresent();
      assertThat(get(url, "If-None-Match", etag).statusCode()).as(url).isEqualTo(304);
    }
  }

  @Test
  void personalAndStaffPagesAreNeverStored() throws Exception {
    for (String url : new String[] {"/access", "/login", "/kiosk"}) {
      assertThat(get(url).headers().firstValue("Cache-Control").orElseThrow())
          .as(url)
          .contains("no-store");
    }
  }

  @Test
  void openDataAnswersReadsFromAnyOrigin() throws Exception {
    for (String url : new String[] {"/api/v1/documents", "/feeds/releases.atom"}) {
      HttpResponse<String> r = get(url, "Origin", "https://example.org");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(url).hasValue("*");
    }
    HttpResponse<String> preflight =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/releases"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "GET")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
        .contains("GET")
        .doesNotContain("POST");
  }
}
