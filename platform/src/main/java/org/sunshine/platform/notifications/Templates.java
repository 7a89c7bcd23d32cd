package org.sunshine.platform.notifications;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Texts;

/**
 * Renders a message's text per channel from the bundle, and checks what a channel allows: an SMS
 * carries the configured 【签名】 once, at the front, and its body never contains 【】 (gateways refuse
 * such texts as forged signatures); a missing template is an error at the call, not a blank SMS.
 */
@Component
class Templates {

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final Pattern BRACKETS = Pattern.compile("[【】]");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

  /** A segment of a long SMS; gateways bill and split by it. */
  static final int SMS_SEGMENT = 70;

  /** Longer SMS are refused: six segments is what gateways deliver reliably. */
  static final int SMS_MAX = SMS_SEGMENT * 6;

  private final MessageSource messages;
  private final NotificationProperties properties;

  Templates(
      MessageSource messages,
      NotificationProperties properties,
      @Value("${spring.messages.basename:messages}") String basenames) {
    this.messages = messages;
    this.properties = properties;
    List<String> problems = problems(bundle(basenames));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("notification templates: " + String.join("; ", problems));
    }
  }

  /**
   * Every notification template of the bundles (one per capability), checked when the platform
   * starts.
   */
  private static Map<String, String> bundle(String basenames) {
    Map<String, String> all = new TreeMap<>();
    for (String basename : basenames.split(",")) {
      ResourceBundle b = ResourceBundle.getBundle(basename.strip(), Locale.ROOT);
      for (String key : b.keySet()) {
        if (key.startsWith("notification.")) {
          all.put(key, b.getString(key));
        }
      }
    }
    return all;
  }

  /**
   * What a channel cannot carry: an SMS template with 【】 or longer than six segments, a template
   * whose placeholders skip a number ({0} and {2} without {1}).
   */
  static List<String> problems(Map<String, String> templates) {
    List<String> problems = new ArrayList<>();
    templates.forEach(
        (key, text) -> {
          if (key.endsWith(".sms") && BRACKETS.matcher(text).find()) {
            problems.add(key + " contains 【】");
          }
          if (key.endsWith(".sms") && text.length() > SMS_MAX - 10) {
            problems.add(key + " is too long for SMS");
          }
          Set<Integer> used = new TreeSet<>();
          Matcher m = PLACEHOLDER.matcher(text);
          while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
          }
          if (!used.isEmpty() && used.size() != Collections.max(used) + 1) {
            problems.add(key + " skips a placeholder " + used);
          }
        });
    return problems;
  }

  String text(Message m) {
    return render("notification." + m.template(), m);
  }

  String subject(Message m) {
    return render("notification." + m.template() + ".subject", m);
  }

  String sms(Message m) {
    String body = render("notification." + m.template() + ".sms", m);
    if (BRACKETS.matcher(body).find()) {
      throw BadInput.at("template", "notifications.templates.sms.brackets", m.template());
    }
    String text = "【" + properties.smsSignature() + "】" + body;
    if (text.length() > SMS_MAX) {
      throw BadInput.at(
          "template", "notifications.templates.sms.too-long", text.length(), m.template());
    }
    return text;
  }

  private String render(String key, Message m) {
    try {
      return messages.getMessage(key, m.args().toArray(), CHINESE);
    } catch (NoSuchMessageException e) {
      throw new IllegalArgumentException(
          "template: " + Texts.text("notifications.templates.missing", key), e);
    }
  }
}
