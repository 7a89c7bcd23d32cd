package org.sunshine.platform.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a subscription message in WeChat's format ({"touser","template_id","page","data":{field:
 * {"value"}}}) to the configured URL (WeChat's send endpoint with its access token, or a gateway);
 * errcode 0 is success, 43101 a refusal, anything else an error to retry.
 */
class HttpWechatGateway implements WechatGateway {

  private static final Pattern ERRCODE = Pattern.compile("\"errcode\"\\s*:\\s*(-?\\d+)");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final URI url;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  HttpWechatGateway(String url) {
    this.url = URI.create(url);
  }

  @Override
  public void send(String openid, String templateId, String page, Map<String, String> data) {
    Map<String, Object> fields = new LinkedHashMap<>();
    data.forEach((k, v) -> fields.put(k, Map.of("value", v)));
    String json =
        JSON.writeValueAsString(
            Map.of("touser", openid, "template_id", templateId, "page", page, "data", fields));
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher m = ERRCODE.matcher(response.body());
      String code = m.find() ? m.group(1) : "none";
      if (response.statusCode() / 100 != 2 || !code.equals("0")) {
        if (code.equals("43101")) {
          throw new Refused("WeChat: the user refused this message (43101)");
        }
        throw new IllegalStateException(
            "WeChat answered " + response.statusCode() + ", errcode " + code);
      }
    } catch (IOException e) {
      throw new IllegalStateException("WeChat unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending to WeChat", e);
    }
  }
}
