package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunshine.platform.support.PlatformTest;

/** A request Tomcat refuses before our code (an address that cannot be decoded). */
@PlatformTest
class QuietErrorPageTest {

  @LocalServerPort int port;

  @Test
  void anUndecodableAddressGetsAChinesePageWithTheSecurityHeaders() throws Exception {
    String response = raw("GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 400");
    assertThat(response).contains("X-Content-Type-Options: nosniff");
    assertThat(response).contains("Content-Security-Policy:");
    assertThat(response).contains("请求无法识别").doesNotContain("Apache Tomcat");
  }

  private String raw(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    }
  }
}
