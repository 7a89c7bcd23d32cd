package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whatever a label says is an identifier is masked, whatever its form: 微信号、QQ号、抖音号、账号、网名、昵称 and 车牌号
 * followed by a quoted value, a value after a colon or 为/是, or a run of letters and digits. The
 * form-based detectors in {@link Identifiers} know what a phone number or a plate looks like; these
 * know only the label, which is what a WeChat ID such as "清风徐来_88" or a plate written 京A-D1234 has.
 * A bracketed value the layout cut by a line break is one value.
 */
final class LabelledIdentifiers {

  private record Label(String word, Category category) {}

  /** Longer labels first, so 微信号 wins over 微信. */
  private static final List<Label> LABELS =
      List.of(
          new Label("微信号码", Category.WECHAT),
          new Label("微信账号", Category.WECHAT),
          new Label("微信昵称", Category.NAME),
          new Label("微信号", Category.WECHAT),
          new Label("微信ID", Category.WECHAT),
          new Label("微信", Category.WECHAT),
          new Label("QQ号码", Category.QQ),
          new Label("QQ账号", Category.QQ),
          new Label("QQ昵称", Category.NAME),
          new Label("QQ号", Category.QQ),
          new Label("QQ", Category.QQ),
          new Label("扣扣号", Category.QQ),
          new Label("微信名", Category.NAME),
          new Label("抖音账号", Category.ONLINE_ACCOUNT),
          new Label("抖音号", Category.ONLINE_ACCOUNT),
          new Label("快手账号", Category.ONLINE_ACCOUNT),
          new Label("快手号", Category.ONLINE_ACCOUNT),
          new Label("微博账号", Category.ONLINE_ACCOUNT),
          new Label("支付宝账号", Category.ONLINE_ACCOUNT),
          new Label("游戏账号", Category.ONLINE_ACCOUNT),
          new Label("小红书号", Category.ONLINE_ACCOUNT),
          new Label("微博号", Category.ONLINE_ACCOUNT),
          new Label("陌陌号", Category.ONLINE_ACCOUNT),
          new Label("钉钉号", Category.ONLINE_ACCOUNT),
          new Label("飞机号", Category.ONLINE_ACCOUNT),
          new Label("用户名", Category.ONLINE_ACCOUNT),
          new Label("用户ID", Category.ONLINE_ACCOUNT),
          new Label("抖音ID", Category.ONLINE_ACCOUNT),
          new Label("抖音", Category.ONLINE_ACCOUNT),
          new Label("快手", Category.ONLINE_ACCOUNT),
          new Label("快手ID", Category.ONLINE_ACCOUNT),
          new Label("支付宝账户", Category.ONLINE_ACCOUNT),
          new Label("账号", Category.ONLINE_ACCOUNT),
          new Label("帐号", Category.ONLINE_ACCOUNT),
          new Label("网名", Category.NAME),
          new Label("昵称", Category.NAME),
          new Label("车牌号码", Category.PLATE),
          new Label("号牌号码", Category.PLATE),
          new Label("车牌号", Category.PLATE),
          new Label("车牌", Category.PLATE),
          new Label("号牌", Category.PLATE),
          new Label("牌照号码", Category.PLATE),
          new Label("牌照号", Category.PLATE),
          new Label("牌照", Category.PLATE),
          new Label("车号", Category.PLATE),
          // a shop's or stall's number in a market is the address of whoever keeps it
          new Label("商铺号", Category.ADDRESS),
          new Label("铺位号", Category.ADDRESS),
          new Label("摊位号", Category.ADDRESS),
          new Label("门牌号", Category.ADDRESS));

  /**
   * label, then a quoted value (anything), or after 为/是/：a value up to the next delimiter, or
   * directly a run of letters, digits and the signs IDs are made of.
   */
  private static final Pattern LABELLED =
      Pattern.compile(
          "(?i)("
              + LABELS.stream().map(l -> Pattern.quote(l.word())).collect(Collectors.joining("|"))
              + ")(?:为|是)?[：:（(]?\\s*"
              + "(?:[“\"「『‘]([^”\"」』’\\n]{1,30})[”\"」』’]"
              + "|(?<=[：:为是])\\s*(@?[A-Za-z0-9][A-Za-z0-9_\\-.@]{1,29}(?![A-Za-z0-9_\\-@])"
              + "|[^，,。；;、）)（(“”\"\\s]{2,30})"
              + "|(?<=[（(])([A-Za-z0-9][A-Za-z0-9_\\-.@]{0,28}(?:\\n[ 　]*| )[A-Za-z0-9_\\-.@]{1,29})(?=[）)])"
              + "|(\\p{IsHan}?@?[A-Za-z0-9][A-Za-z0-9_\\-.@·]{3,29}))");

  /** What a value after 为/是 must not be: words of the sentence, not an identifier (添加微信为好友). */
  private static final Pattern NOT_A_VALUE =
      Pattern.compile(
          "^(?:好友|联系|转账|支付|付款|收款|聊天|其|对方|被害人|他人|本人|同一|多个|多次|该|此|一个|某某|\\*\\*"
              + "|直播|平台|软件|(?i:app)|官方)");

  /**
   * What a plate label's value must start with: a plate in any writing (a province or none, the
   * letter, 3–7 letters and digits with at least one digit, separators between).
   */
  private static final Pattern PLATE_VALUE =
      Pattern.compile(
          "\\p{IsHan}?[ 　·•・.\\-]{0,2}[A-Za-z][ 　·•・.\\-]{0,2}(?=[A-Za-z ·•・.\\-]{0,7}\\d)"
              + "[A-Za-z0-9](?:[ ·•・.\\-]?[A-Za-z0-9]){2,6}[挂学警港澳领使]?(?![A-Za-z0-9])");

  private LabelledIdentifiers() {}

  static void find(String text, Protected kept, RedactionPolicy policy, Findings out) {
    Scan scan = new Scan(LABELLED, text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      // 2 quoted, 3 after 为/是/：, 4 in brackets cut by a line break or the space the layout left
      // where it joined the line (微信（ha i_tao0815）), 5 a bare run
      int group = m.group(2) != null ? 2 : m.group(3) != null ? 3 : m.group(4) != null ? 4 : 5;
      String value = m.group(group);
      Category category = category(m.group(1));
      int end = m.end(group);
      if (category == Category.PLATE) {
        // a plate label's value is the plate, not the rest of the clause (号牌为苏F D62819的轿车)
        Matcher plate = PLATE_VALUE.matcher(value);
        if (!plate.lookingAt()) {
          continue;
        }
        value = plate.group();
        end = m.start(group) + value.length();
      }
      if (!policy.masks(category)
          || kept.overlaps(m.start(group), end)
          || NOT_A_VALUE.matcher(value).find()
          || value.contains("某")
          || category == Category.ONLINE_ACCOUNT && value.matches("\\d{10,}")) {
        continue; // a bank account number after 账号 is the bank-account rule's
      }
      String mask =
          category == Category.PLATE && Lexicon.isHan(value.charAt(0))
              ? value.charAt(0) + "******"
              : "**";
      out.add(m.start(group), end, text, category, null, "identifier-after-label", 0.85, mask);
      if (group == 5 && category != Category.PLATE) {
        listedAfter(text, end, category, kept, out);
      }
    }
  }

  /** 、 or 和 and a further account of letters and digits (a dot, a dash or _ in it). */
  private static final Pattern NEXT_IN_LIST =
      Pattern.compile(
          "[、和及]\\s*([A-Za-z][A-Za-z0-9_\\-.]{2,28}[A-Za-z0-9])"
              // 和iPhone12手机, 、Win10系统: a product's model before the thing it names is no account
              + "(?![A-Za-z0-9_\\-@]|\\s*(?:手机|系统|电脑|平板|笔记本|设备|型|版|款|机))");

  /**
   * 微信号lzh_88、hung.nv1990等账号: the accounts listed after one label are each an account of its kind,
   * the label not repeated. Only identifier-shaped words (a digit in them) follow: a word in Latin
   * letters (微信号abc_1和QQ) is no account.
   */
  private static void listedAfter(
      String text, int end, Category category, Protected kept, Findings out) {
    Matcher next = NEXT_IN_LIST.matcher(text);
    for (int at = end; next.region(at, text.length()).lookingAt(); at = next.end()) {
      String value = next.group(1);
      if (value.chars().noneMatch(Character::isDigit)
          || kept.overlaps(next.start(1), next.end(1))) {
        return;
      }
      out.add(
          next.start(1),
          next.end(1),
          text,
          category,
          null,
          "identifier-listed-after-label",
          0.8,
          "**");
    }
  }

  private static Category category(String label) {
    for (Label l : LABELS) {
      if (l.word().equalsIgnoreCase(label)) {
        return l.category();
      }
    }
    return Category.ONLINE_ACCOUNT;
  }
}
