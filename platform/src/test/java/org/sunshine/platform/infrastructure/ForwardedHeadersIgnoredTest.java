package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunshine.platform.support.PlatformTest;

/** Without trusted proxies nobody can claim another address or TLS by a header. */
@PlatformTest
class ForwardedHeadersIgnoredTest {

  @LocalServerPort int port;

  @Test
  void forwardedHeadersFromAnUntrustedSenderChangeNothing() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/documents"))
                    .header("X-Forwarded-For", "127.0.0.1")
                    .header("X-Forwarded-Proto", "https")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();

    HttpResponse<String> spoofed =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("X-Forwarded-Proto", "https")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(spoofed.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("Secure"));
  }
}
