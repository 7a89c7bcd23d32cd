package org.sunshine.platform.notifications;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.sunshine.platform.texts.BadInput;

/**
 * The registry of WeChat subscription templates ({@code sunshine.notifications.wechat.*}): for each
 * of our templates, the WeChat template id, the mini-program page and each field's pattern ({0},
 * {1}… are the message's arguments). WeChat refuses values over its field limits, so they are
 * checked when a message is queued: thing ≤ 20 characters, phrase ≤ 5, character_string, number and
 * letter ≤ 32.
 *
 * @param url WeChat's send endpoint (with its access token) or a gateway in front of it; empty: no
 *     WeChat, the standby SMS goes
 */
@ConfigurationProperties("sunshine.notifications.wechat")
record WechatTemplates(String url, Map<String, Template> templates) {

  record Template(String id, String page, Map<String, String> fields) {}

  WechatTemplates {
    url = url == null ? "" : url.strip();
    templates = templates == null ? Map.of() : Map.copyOf(templates);
  }

  boolean enabled(String template) {
    return !url.isEmpty() && templates.containsKey(template);
  }

  /** The fields of the message, checked against WeChat's limits. */
  Map<String, String> render(String template, List<Object> args) {
    Template t = templates.get(template);
    Map<String, String> data = new LinkedHashMap<>();
    t.fields()
        .forEach(
            (field, pattern) -> {
              String value =
                  new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args.toArray());
              data.put(field, fitted(field, value, template));
            });
    return data;
  }

  /** A thing is cut to 20 with an ellipsis (it is prose); a code or phrase too long is an error. */
  static String fitted(String field, String value, String template) {
    int limit = limit(field);
    if (value.codePointCount(0, value.length()) <= limit) {
      return value;
    }
    if (field.startsWith("thing")) {
      return value.substring(0, value.offsetByCodePoints(0, limit - 1)) + "…";
    }
    throw BadInput.at(
        "template", "notifications.wechat-templates.field.too-long", template, field, limit, value);
  }

  private static int limit(String field) {
    if (field.startsWith("thing")) {
      return 20;
    }
    if (field.startsWith("phrase") || field.startsWith("symbol")) {
      return 5;
    }
    return 32;
  }
}
