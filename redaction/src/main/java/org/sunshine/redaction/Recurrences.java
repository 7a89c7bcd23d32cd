package org.sunshine.redaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An identifier found once is masked wherever it recurs, however the other occurrence is separated
 * (沪ADF8827 and 沪AD·F8827, 6222 0212 and 62220212): the residual check compares with separators
 * allowed, so an occurrence left standing would refuse a document the engine could have masked.
 */
final class Recurrences {

  /**
   * Categories whose value is a run of letters and digits, and companies' names (固原市六盘山农旅发展有限公司
   * once on one line, once wrapped after 固原): the residual check reads those as it reads numbers.
   */
  private static final Set<Category> IDENTIFIERS =
      Set.of(
          Category.COMPANY_NAME,
          Category.ID_NUMBER,
          Category.PHONE,
          Category.BANK_ACCOUNT,
          Category.PLATE,
          Category.QQ,
          Category.WECHAT,
          Category.PASSPORT,
          Category.CREDIT_CODE,
          Category.EMAIL,
          Category.ONLINE_ACCOUNT);

  /**
   * What the residual check lets stand between two characters of a number; a recurrence is no part
   * of a longer number either (0212 3456 inside 6222 0212 3456 7890).
   */
  private static final String SEP = "[\\s\\-‐‑–—.·・_/]{0,2}";

  /** The characters of {@link #SEP}: {@code \\s} and the dashes, dots and slashes. */
  private static final String SEPARATORS = " \t\n\u000B\f\r-‐‑–—.·・_/";

  private static final Pattern NOT_VALUE = Pattern.compile("[^0-9A-Za-z\\p{IsHan}]");

  private Recurrences() {}

  static void find(String folded, String original, Findings out) {
    Map<String, Finding> values = new LinkedHashMap<>();
    for (Finding f : out.all()) {
      if (IDENTIFIERS.contains(f.category())) {
        String chars = NOT_VALUE.matcher(f.text()).replaceAll("").toLowerCase(Locale.ROOT);
        if (chars.length() >= 5) {
          values.putIfAbsent(chars, f);
        }
      }
    }
    if (values.isEmpty()) {
      return;
    }
    // the text without separators, lower-cased char by char so that each of its characters maps
    // back to one of the folded text: every occurrence of a value is found there by indexOf, and
    // the pattern (at most two separators between characters) is tried only where one starts
    StringBuilder plain = new StringBuilder(folded.length());
    int[] at = new int[folded.length()];
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (SEPARATORS.indexOf(c) < 0) {
        at[plain.length()] = i;
        plain.append(Character.toLowerCase(c));
      }
    }
    List<Finding> found = List.copyOf(out.all());
    for (Map.Entry<String, Finding> v : values.entrySet()) {
      String key = v.getKey();
      int first = plain.indexOf(key);
      if (first < 0 || plain.indexOf(key, first + 1) < 0) {
        continue; // once: the finding itself
      }
      Matcher m = pattern(key).matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
      int after = 0;
      for (int p = first; p >= 0; p = plain.indexOf(key, p + 1)) {
        if (at[p] < after || !m.region(at[p], folded.length()).lookingAt()) {
          continue;
        }
        after = m.end();
        add(folded, original, found, m.start(), m.end(), v.getValue(), out);
      }
    }
  }

  private static void add(
      String folded,
      String original,
      List<Finding> found,
      int s,
      int e,
      Finding like,
      Findings out) {
    if (found.stream().noneMatch(f -> f.start() <= s && e <= f.end()) && !inAmount(folded, s, e)) {
      out.add(
          s,
          e,
          original,
          like.category(),
          like.role(),
          "identifier-recurring",
          like.confidence(),
          like.replacement());
    }
  }

  /**
   * 收取人民币283746591元: digits that repeat a QQ or account number inside a sum of money are the sum,
   * which stays.
   */
  private static boolean inAmount(String text, int s, int e) {
    Matcher amount =
        ResidualCheck.AMOUNT
            .matcher(text)
            .region(Math.max(0, s - 6), Math.min(text.length(), e + 4));
    while (amount.find()) {
      if (amount.start() <= s && e <= amount.end()) {
        return true;
      }
    }
    return false;
  }

  private static Pattern pattern(String chars) {
    StringBuilder rx = new StringBuilder("(?<![0-9A-Za-z]" + SEP + ")");
    for (int i = 0; i < chars.length(); i++) {
      if (i > 0) {
        rx.append(SEP);
      }
      rx.append(Pattern.quote(String.valueOf(chars.charAt(i))));
    }
    rx.append("(?!" + SEP + "[0-9A-Za-z])");
    return Pattern.compile(rx.toString(), Pattern.CASE_INSENSITIVE);
  }
}
