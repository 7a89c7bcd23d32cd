package org.sunshine.redaction;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A close relative may defend an accused (刑事诉讼法 第三十三条): such a defender is a private person, masked
 * like any party, where a lawyer defender is kept. The document says so in the defender's own
 * clause (辩护人X，系被不起诉人之母) or by a kinship word right before the name anywhere (其母X, 之父X).
 */
final class RelativeDefenders {

  private static final Pattern DEFENDER =
      Pattern.compile("(?:辩护人|指定辩护人)(\\p{IsHan}{2,4}?)(?=[，,]\\s*(?:系|是|为))");

  private static final Pattern RELATIVE_CLAUSE =
      Pattern.compile(
          "^\\s*[，,]\\s*(?:系|是|为)[^，,。；;\\n]{0,12}?"
              + "(?:之|的)?(?:母亲?|父亲?|妻子?|丈夫|夫|儿子|女儿|子|女|兄|弟|姐|妹|祖父|祖母|外祖父|外祖母|叔|舅|姑|姨"
              + "|近亲属|亲属|家属|监护人|朋友|同学|同事)(?=[，,。；;（(\\s]|$)");

  private RelativeDefenders() {}

  /**
   * The defender named at [.., end) is a relative of the accused. {@code kin} remembers, per name,
   * whether a kinship word stands before it anywhere: a long document names its defenders hundreds
   * of times, and each search reads the whole text.
   */
  static boolean relative(String text, String name, int end, Map<String, Boolean> kin) {
    return RELATIVE_CLAUSE.matcher(text.substring(end, Math.min(text.length(), end + 24))).find()
        || kin.computeIfAbsent(name, n -> afterKinship(text, n));
  }

  /** 其母X: a kinship word right before one of the name's occurrences (read at each occurrence). */
  private static boolean afterKinship(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int pos = at;
      if (RoleWords.kinship().stream().anyMatch(k -> text.startsWith(k, pos - k.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Adds each defender the document makes a relative, with the role 辩护人（近亲属）. */
  static void find(PersonFinder finder) {
    String text = finder.text;
    if (!text.contains("辩护人")) {
      return;
    }
    Matcher m = DEFENDER.matcher(text);
    while (m.find()) {
      if (RELATIVE_CLAUSE
          .matcher(text.substring(m.end(1), Math.min(text.length(), m.end(1) + 24)))
          .find()) {
        finder.add(m.group(1), "辩护人（近亲属）", m.start(1), true);
      }
    }
  }
}
