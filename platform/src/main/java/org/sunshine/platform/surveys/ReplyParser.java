package org.sunshine.platform.surveys;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an SMS reply tolerantly: full-width digits and punctuation (１ １ ２ １, "1，1，2，1") count as
 * their ASCII forms, any spaces, commas or exclamation marks between answers are ignored, and the
 * words 满意 / 基本满意 / 不满意 count as 1 / 2 / 3. Four answers rate the dimensions in order; a single
 * answer ("满意!!") rates all four alike. Anything else is not understood (the person gets one help
 * message); TD or 退订 opts out.
 */
final class ReplyParser {

  private static final Set<String> OPT_OUT = Set.of("TD", "T", "N", "退订", "取消订阅");
  private static final Set<String> NOT_FOR_US = Set.of("DY", "Y", "订阅");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{P}\\p{S}]+");
  private static final List<Map.Entry<String, Integer>> WORDS =
      List.of(Map.entry("基本满意", 2), Map.entry("不满意", 3), Map.entry("满意", 1));

  private ReplyParser() {}

  /** What a reply said. */
  sealed interface Reply permits Answer, OptOut, NotUnderstood, NotForUs {}

  /** Scores for all four dimensions. */
  record Answer(Map<Dimension, Score> scores) implements Reply {
    Answer {
      scores = Collections.unmodifiableMap(new EnumMap<>(scores));
    }
  }

  record OptOut() implements Reply {}

  record NotUnderstood() implements Reply {}

  /** 订阅 and the like: notifications' business, neither an answer nor a bad reply. */
  record NotForUs() implements Reply {}

  static Reply parse(String text) {
    String plain =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
            .strip()
            .toUpperCase(Locale.ROOT);
    if (OPT_OUT.contains(plain)) {
      return new OptOut();
    }
    if (NOT_FOR_US.contains(plain)) {
      return new NotForUs();
    }
    List<Integer> numbers = numbers(SEPARATORS.matcher(plain).replaceAll(""));
    if (numbers == null || (numbers.size() != 1 && numbers.size() != Dimension.values().length)) {
      return new NotUnderstood();
    }
    Map<Dimension, Score> scores = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      int n = numbers.size() == 1 ? numbers.get(0) : numbers.get(d.ordinal());
      scores.put(d, Score.of(n));
    }
    return new Answer(scores);
  }

  /** The answers in order, or null when something is neither 1–3 nor one of the words. */
  private static List<Integer> numbers(String s) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    next:
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= '1' && c <= '3') {
        out.add(c - '0');
        i++;
        continue;
      }
      for (Map.Entry<String, Integer> w : WORDS) {
        if (s.startsWith(w.getKey(), i)) {
          out.add(w.getValue());
          i += w.getKey().length();
          continue next;
        }
      }
      return null;
    }
    return out.isEmpty() ? null : out;
  }
}
