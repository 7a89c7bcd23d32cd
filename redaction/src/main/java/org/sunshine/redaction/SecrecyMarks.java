package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A secrecy mark or statement that withholds a document (RULES.md §1: 国家秘密): 密级：机密, 绝密★, 涉及国家秘密. A
 * statement that denies it (本检察建议书不涉及国家秘密) or a claim the document reports and answers
 * (以“涉及国家秘密”为由不予公开) is no mark. Part of {@link RefusalCheck}.
 */
final class SecrecyMarks {

  /** A secrecy mark or statement; one that denies it (本检察建议书不涉及国家秘密) is none. */
  private static final Pattern SECRET =
      Pattern.compile(
          "(?:涉及|含有|包含|载有)国家秘密|密级[：:]?\\s*(?:绝密|机密|秘密)|(?:绝密|机密|秘密)\\s*★|国家秘密[、，,]?情报罪"
              + "|国家秘密罪|属于(?:绝密|机密|秘密)级|(?:绝密|机密|秘密)级国家秘密|属于国家秘密|涉密(?:材料|文件|案件)|（涉密）");

  /** A statement that denies it, read in its own clause (本检察建议书没有涉及国家秘密, 未发现涉及国家秘密). */
  private static final Pattern SECRET_DENIED = Pattern.compile("(?:不|未|没有|并未|均不|无)[^，,。；;]{0,4}$");

  private SecrecyMarks() {}

  /** The first secrecy mark of the document itself, or null. */
  static String find(String text) {
    Scan secrets = new Scan(SECRET, text);
    Matcher secret = secrets.matcher();
    while (secrets.find()) {
      if (!deniedSecret(text, secret.start()) && !quotedClaim(text, secret.start(), secret.end())) {
        return secret.group();
      }
    }
    return null;
  }

  /**
   * 以“涉及国家秘密”为由不予公开: secrecy words in quotation marks, or given as somebody's reason (以…为由), are a
   * claim the document reports (and here rejects), not a mark of the document itself.
   */
  private static boolean quotedClaim(String text, int at, int end) {
    return quoted(text, at, end) || givenAsReason(text, at, end);
  }

  /**
   * 以所申请信息涉及国家秘密为由不予公开: the reason somebody gave for a refusal (以…为由), which the document reports,
   * is no mark of the document itself.
   */
  private static boolean givenAsReason(String text, int at, int end) {
    int after = end;
    while (after < text.length()
        && after - end < 3
        && "”’」』\"\n".indexOf(text.charAt(after)) >= 0) {
      after++;
    }
    if (!text.startsWith("为由", after) && !text.startsWith("为理由", after)) {
      return false;
    }
    for (int i = at - 1; i >= 0 && at - i <= 24; i--) {
      char c = text.charAt(i);
      if ("，,。；;".indexOf(c) >= 0) {
        return false;
      }
      if (c == '以') {
        return true;
      }
    }
    return false;
  }

  private static boolean quoted(String text, int at, int end) {
    int open = at;
    while (open > 0 && at - open < 4 && "“‘「『\"".indexOf(text.charAt(open - 1)) < 0) {
      open--;
    }
    if (open == 0 || "“‘「『\"".indexOf(text.charAt(open - 1)) < 0) {
      return false;
    }
    for (int close = end; close < Math.min(text.length(), end + 6); close++) {
      if ("”’」』\"".indexOf(text.charAt(close)) >= 0) {
        return true;
      }
      if ("，,。；;\n".indexOf(text.charAt(close)) >= 0) {
        return false;
      }
    }
    return false;
  }

  /** The mark is denied in its own clause, up to four characters before it (没有涉及, 未发现涉及, 不属于). */
  private static boolean deniedSecret(String text, int at) {
    int clause = at;
    while (clause > 0 && at - clause < 8 && "，,。；;\n".indexOf(text.charAt(clause - 1)) < 0) {
      clause--;
    }
    return SECRET_DENIED.matcher(text.substring(clause, at)).find();
  }
}
