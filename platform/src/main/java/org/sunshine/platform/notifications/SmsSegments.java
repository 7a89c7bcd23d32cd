package org.sunshine.platform.notifications;

import java.util.ArrayList;
import java.util.List;

/**
 * A text longer than one SMS (70 characters) goes as numbered segments of at most 70 characters
 * each, "(1/3)" included, so every gateway and handset shows it whole and in order.
 */
final class SmsSegments {

  static final int SEGMENT = 70;

  private SmsSegments() {}

  static List<String> split(String text) {
    int length = text.codePointCount(0, text.length());
    if (length <= SEGMENT) {
      return List.of(text);
    }
    int body = SEGMENT - 5; // room for "(1/9)"
    int count = (length + body - 1) / body;
    List<String> parts = new ArrayList<>(count);
    int from = 0;
    for (int i = 1; i <= count; i++) {
      int to =
          text.offsetByCodePoints(from, Math.min(body, text.codePointCount(from, text.length())));
      parts.add("(" + i + "/" + count + ")" + text.substring(from, to));
      from = to;
    }
    return parts;
  }
}
