package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunshine.platform.support.PlatformTest;

/**
 * The upstream import endpoints against the real server, over a raw socket: the request announces a
 * gigabyte and sends none of it, so a server that read the body before answering would wait until
 * the socket times out.
 */
@PlatformTest
class ImportBodyLimitTest {

  private static final long GIGABYTE = 1L << 30;

  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(strings = {"/api/import/cases", "/api/import/documents"})
  void anUnauthenticatedImportIsRefusedBeforeItsBodyIsRead(String path) throws IOException {
    assertThat(answerToHeadersOnly(path, "Bearer guess")).startsWith("HTTP/1.1 401");
    assertThat(answerToHeadersOnly(path, null)).startsWith("HTTP/1.1 401");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/import/cases", "/api/import/documents"})
  void anAuthenticatedImportOverItsLimitIsContentTooLarge(String path) throws IOException {
    String answer = answerToHeadersOnly(path, "Bearer test-import-token");
    assertThat(answer).startsWith("HTTP/1.1 413").contains("\"field\":\"body\"");
  }

  /** Sends the headers of a 1 GB body and no body; returns the answer up to its JSON's end. */
  private String answerToHeadersOnly(String path, String authorization) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
              + "Content-Length: "
              + GIGABYTE
              + "\r\n"
              + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
              + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return readUntilJsonEnds(socket.getInputStream());
    }
  }

  private static String readUntilJsonEnds(InputStream in) throws IOException {
    StringBuilder answer = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      answer.append((char) c);
      if (c == '}') {
        break;
      }
    }
    return answer.toString();
  }
}
