package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind a trusted reverse proxy (here: this machine) the client's address and scheme come from the
 * proxy's X-Forwarded headers: the kiosk check sees the real client, and TLS at the proxy makes the
 * session cookie Secure and brings HSTS.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "sunshine.web.trusted-proxies=127.0.0.1",
      "sunshine.demo.enabled=false",
      // The legacy address check (ADR 27), on here to see which address it is given.
      "sunshine.security.kiosk-allowed-from=127.0.0.1/32"
    })
@ActiveProfiles("test")
class TrustedProxiesTest {

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aTrustedProxysForwardedAddressIsTheClientsAddress() throws Exception {
    assertThat(get("/kiosk/documents", null, null).statusCode())
        .as("the proxy itself is inside the hall's network")
        .isEqualTo(200);
    assertThat(get("/kiosk/documents", "203.0.113.9", null).statusCode())
        .as("a client on the internet, forwarded by the proxy")
        .isEqualTo(403);
  }

  @Test
  void tlsAtTheTrustedProxyMakesTheSessionCookieSecureAndSendsHsts() throws Exception {
    HttpResponse<String> page = get("/login", "203.0.113.9", "https");
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
    assertThat(page.headers().allValues("Set-Cookie"))
        .anyMatch(c -> c.startsWith("JSESSIONID") && c.contains("Secure"));
  }

  private HttpResponse<String> get(String path, String forwardedFor, String proto)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    if (proto != null) {
      request.header("X-Forwarded-Proto", proto);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
