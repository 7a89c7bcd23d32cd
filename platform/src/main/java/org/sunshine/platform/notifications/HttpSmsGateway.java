package org.sunshine.platform.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts {"id": …, "mobile": …, "text": …} to a gateway URL with a bearer token; any non-2xx answer
 * is an error.
 */
class HttpSmsGateway implements SmsGateway {

  private final URI url;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  HttpSmsGateway(String url, String token) {
    this.url = URI.create(url);
    this.token = token;
  }

  @Override
  public void send(String messageId, String mobile, String text) {
    String json =
        "{\"id\":\""
            + escape(messageId)
            + "\",\"mobile\":\""
            + escape(mobile)
            + "\",\"text\":\""
            + escape(text)
            + "\"}";
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException("SMS gateway answered " + response.statusCode());
      }
    } catch (IOException e) {
      throw new IllegalStateException("SMS gateway unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending an SMS", e);
    }
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
