package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, handles and the accounts of messaging apps for {@link Identifiers}: @handles,
 * WeChat IDs (labelled or wxid_), QQ numbers after a label, in a list after one label, or under a
 * heading that names them.
 */
final class OnlineIds {

  /**
   * An e-mail address; one line break inside its domain (kimmj@nave|r.com), or the space the layout
   * left where it joined the two lines, is the layout's.
   */
  static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+(?:[\\n ][A-Za-z0-9.\\-]+)?\\.[A-Za-z]{2,}");

  /**
   * A handle as social networks write it: @ then letters, digits, underscores and dots, not inside
   * an e-mail address (@beibei_data, @lin.xiao_88).
   */
  static final Pattern HANDLE =
      Pattern.compile(
          "(?<![A-Za-z0-9._%+\\-])@[A-Za-z0-9_][A-Za-z0-9_.\\-]{2,29}(?<![.\\-])(?![A-Za-z0-9_@])");

  /**
   * A WeChat internal ID names its owner without a label: wxid_ and letters, digits, underscores.
   */
  static final Pattern WXID =
      Pattern.compile("(?<![A-Za-z0-9_])(?:wxid|WXID)_[A-Za-z0-9_\\-]{4,30}(?![A-Za-z0-9_\\-])");

  static final Pattern QQ =
      Pattern.compile(
          "(?:QQ|qq|ＱＱ|扣扣)群?\\s?(?:号码|群号|号|账号)?[（(]?\\s?(?:号码|群号|号|账号)?[：:为是\\s]*(\\d{5,12})(?!\\d)");

  /** 微信号：wx_li88, also a table's label cell before its value cell (微信　　　jishaohua_88). */
  static final Pattern WECHAT =
      Pattern.compile(
          "(?:微信号|微信账号|微信ID|微信)[：:为是\\s　]*([A-Za-z][A-Za-z0-9_\\-]{5,19})(?![A-Za-z0-9_\\-])");

  /**
   * QQ号分别为283746591、1928374650和56473829: one label before a list of numbers labels every number of
   * it, whatever joins them (、，和及与/); the list ends where something else than a number follows.
   */
  static final Pattern QQ_LIST =
      Pattern.compile(
          "(?:QQ|qq|ＱＱ|扣扣)(?:号码|号|账号)?(?:分别|依次|各)?(?:为|是)?[：:\\s]*\\d{5,12}(?!\\d)"
              + "(?:\\s*(?:、|，|,|和|及|以及|与|/)\\s*\\d{5,12}(?!\\d))+");

  static final Pattern LISTED_NUMBER = Pattern.compile("(?<!\\d)\\d{5,12}(?!\\d)");

  /** 涉案QQ号码如下：| a heading that names QQ numbers and opens a list on the next lines. */
  static final Pattern QQ_HEADING =
      Pattern.compile("(?:QQ|qq|ＱＱ|扣扣)(?:号码|号|账号|群号)?[^\\n。；;]{0,12}[：:][ \\t　]*\\n");

  static final Pattern LIST_ITEM =
      Pattern.compile("[ \\t　]*(?:\\d{1,3}[.．、)）]|[（(]\\d{1,3}[）)])[^\\n]*");

  /** A number of an item, not a count or a sum (12000元, 43600条) nor a date. */
  static final Pattern ITEM_NUMBER =
      Pattern.compile(
          "(?<![\\d,，])[1-9]\\d{4,11}(?![\\d,，.]|\\s*(?:元|万|亿|年|月|日|条|人|次|件|个|克|千克|公斤|吨|米))");

  /**
   * 涉案QQ号码如下：|1．3847561920（昵称…）|2．…: the items of a list under a heading that names QQ numbers each
   * give one, without a label of their own.
   */
  static void qqItems(String folded, String original, Protected kept, Findings out) {
    Scan headings = new Scan(QQ_HEADING, folded);
    Matcher heading = headings.matcher();
    while (headings.find()) {
      int at = heading.end();
      Matcher item = LIST_ITEM.matcher(folded);
      while (at < folded.length() && item.region(at, folded.length()).lookingAt()) {
        // the layout may have joined the items of a short list into one line: each gives its number
        Matcher n = ITEM_NUMBER.matcher(folded).region(item.start(), item.end());
        while (n.find()) {
          if (!kept.overlaps(n.start(), n.end())) {
            out.add(n.start(), n.end(), original, Category.QQ, null, "qq-list-item", 0.9, "**");
          }
        }
        at = item.end() + 1;
      }
    }
  }

  static void qqLists(String folded, String original, Protected kept, Findings out) {
    qqItems(folded, original, kept, out);
    Scan lists = new Scan(QQ_LIST, folded);
    Matcher list = lists.matcher();
    while (lists.find()) {
      Matcher n = LISTED_NUMBER.matcher(folded).region(list.start(), list.end());
      while (n.find()) {
        if (!kept.overlaps(n.start(), n.end())) {
          out.add(n.start(), n.end(), original, Category.QQ, null, "qq-list", 0.9, "**");
        }
      }
    }
  }

  private OnlineIds() {}
}
