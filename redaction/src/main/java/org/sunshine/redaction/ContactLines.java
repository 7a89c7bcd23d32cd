package org.sunshine.redaction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contact line a procuratorate's document closes with names its own officer and gives its
 * office's number, so the public can reach it: （联系人：X，检察官）, 联系人：X，联系电话：0771-…, set right before the
 * signature. The officer is kept as the title says; the number is the office's. A 联系人 in a party's
 * paragraph (某公司，联系人：X，电话…) is none of this: it does not close the document.
 */
final class ContactLines {

  private static final String HAN = "\\p{IsHan}";

  /**
   * A Han name of two to four characters, or a Uyghur or Kazakh name joined by its dot (阿力木·卡德尔).
   */
  private static final String NAME = "(?:" + HAN + "{1,8}·" + HAN + "{1,8}|" + HAN + "{2,4}?)";

  /** 联系人：X，检察官: the title after the name, as a bracket (X（检察官）) gives it elsewhere. */
  private static final Pattern NAME_THEN_TITLE =
      Pattern.compile(
          "联系人[：:]\\s*("
              + NAME
              + ")[，,、\\s]\\s*(?:检察官助理|检察官|检察员|书记员|法官助理|法官|承办人)(?=[）)，,。；;\\s]|$)");

  /** The opening of a closing contact line up to its number: 联系人：X，联系电话：. */
  private static final Pattern CONTACT_THEN_NUMBER =
      Pattern.compile(
          "[ \\t　]*[（(]?(?:本院)?联系人[：:][^，,。；;\\n]{1,24}?[，,\\s]\\s*(?:联系)?电话(?:号码)?[：:为是]?\\s*$");

  /** 联系人：X，联系电话：…: the name before the number of a line that may close the document. */
  private static final Pattern NAME_THEN_NUMBER =
      Pattern.compile("(?m)^[ \\t　]*[（(]?(?:本院)?联系人[：:]\\s*(" + NAME + ")[，,\\s]\\s*(?:联系)?电话");

  /**
   * How near the end a closing line stands: only the signature, the date and the seal follow it.
   */
  private static final int CLOSING_REACH = 160;

  private ContactLines() {}

  static void keep(String text, Protected ranges, Set<String> kept) {
    if (!text.contains("联系人")) {
      return;
    }
    Matcher m = NAME_THEN_TITLE.matcher(text);
    while (m.find()) {
      kept.add(m.group(1));
      ranges.add(m.start(1), m.end(1), "official");
    }
    Matcher line = NAME_THEN_NUMBER.matcher(text);
    while (line.find()) {
      if (closes(text, line.end())) {
        kept.add(line.group(1));
        ranges.add(line.start(1), line.end(1), "official");
      }
    }
  }

  /**
   * The number at {@code start} is given by a contact line that closes the document: the line opens
   * with 联系人, the number follows its 电话, and what comes after the line is the body's signature.
   */
  static boolean closingNumber(String text, int lineStart, int start) {
    if (start - lineStart > 60
        || !CONTACT_THEN_NUMBER.matcher(text).region(lineStart, start).matches()) {
      return false;
    }
    return closes(text, start);
  }

  /**
   * Only the signature of a procuratorate, its date and seal follow the line {@code at} stands on.
   */
  private static boolean closes(String text, int at) {
    int lineEnd = text.indexOf('\n', at);
    String after = lineEnd < 0 ? "" : text.substring(lineEnd);
    return after.length() <= CLOSING_REACH && after.contains("人民检察院");
  }
}
