package org.sunshine.redaction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structured identifiers: ID numbers (18 and 15 digits), bank cards and accounts, phone numbers in
 * any common formatting, e-mail, WeChat, QQ, passports, licence plates and unified social credit
 * codes. Digits may be separated by spaces or dashes; full-width digits are folded before matching.
 */
final class Identifiers {

  private static final String SEP = "[ \\-]?";
  private static final String DATE8 = "(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])";
  private static final Pattern ID18 =
      Pattern.compile(
          "(?<![0-9A-Za-z])\\d{6}" + SEP + DATE8 + SEP + "\\d{3}[0-9Xx](?![0-9A-Za-z])");
  private static final Pattern ID15 =
      Pattern.compile(
          "(?<![0-9A-Za-z])\\d{6}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}(?![0-9A-Za-z])");
  private static final Pattern ID_CUE =
      Pattern.compile(
          "(?:身份证号码|身份证号|公民身份号码|身份号码|证件号码)[：:为是\\s]*([0-9Xx][0-9Xx \\-]{13,22}[0-9Xx])");

  /**
   * An e-mail address; one line break inside its domain (kimmj@nave|r.com), or the space the layout
   * left where it joined the two lines, is the layout's.
   */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+(?:[\\n ][A-Za-z0-9.\\-]+)?\\.[A-Za-z]{2,}");

  private static final Pattern CREDIT_CODE =
      Pattern.compile(
          "(?<![0-9A-Z])[0-9A-HJ-NP-RT-UW-Y]{2}\\d{6}[0-9A-HJ-NP-RT-UW-Y]{10}(?![0-9A-Za-z])");
  private static final Pattern ORG_CODE_CUE =
      Pattern.compile("(?:组织机构代码|统一社会信用代码|注册号)[：:为\\s]*([0-9A-Z\\-]{8,20})");

  /**
   * Digits in groups of four, three groups or more: a card (16–19 digits) or a company's settlement
   * account (up to 23 digits: 2000 1588 6612 0100 3392). No amount, date or 文号 is written so.
   */
  private static final Pattern CARD_GROUPED =
      Pattern.compile("(?<![\\d])(?:\\d{4}[ \\-]){3,5}\\d{1,4}(?![\\d])");

  /** 18 or 15 characters with any single spaces or dashes between them: 4101 0519 9001 0112 34. */
  private static final Pattern ID_SPACED =
      Pattern.compile(
          "(?<![0-9A-Za-z])\\d(?:[ \\-]?\\d){13}(?:(?:[ \\-]?\\d){2}[ \\-]?[0-9Xx])?(?![0-9A-Za-z])");

  /** 16–23 digits in groups of any size: 622848 0000 1234 5678 9. */
  private static final Pattern CARD_ANY_GROUPS =
      Pattern.compile("(?<![\\d.,])\\d(?:[ \\-]?\\d){15,22}(?![\\d])");

  /**
   * A run of 16–23 digits: a card, or a bank's account of a company (banks number those with up to
   * 23 digits; a table cell whose spaces the normaliser closed is such a run).
   */
  private static final Pattern CARD_PLAIN = Pattern.compile("(?<![\\d.,])\\d{16,23}(?![\\d])");

  private static final Pattern ACCOUNT_CUE =
      Pattern.compile("(?:卡号|账号|帐号|银行账户|银行卡|对公账户|账户)[：:为是\\s（(]*(\\d[\\d \\-]{8,28}\\d)");

  /**
   * A mobile number is its eleven digits starting 1[3-9], however they are grouped: 3-4-4, 4-4-3,
   * 3-3-5, 3-8, with a space or a dash between any two digits (185-7714-0236, 1857 7140 236).
   */
  private static final Pattern MOBILE =
      Pattern.compile("(?:\\+?86[ \\-]?)?(?<![\\d])1[ \\-]?[3-9](?:[ \\-]?\\d){9}(?![\\d])");

  /** +95 9 4521 87306: a plus, a country code and the number, in groups or not, is a phone. */
  private static final Pattern INTERNATIONAL =
      Pattern.compile("(?<![\\dA-Za-z])\\+(?!86)[1-9]\\d{0,2}(?:[ \\-]?\\d){7,13}(?![\\d])");

  private static final Pattern LANDLINE =
      Pattern.compile(
          "(?<![\\d\\-])(?:\\(0\\d{2,3}\\)|（0\\d{2,3}）|0\\d{2,3}[ \\-])\\d{3,4}[ \\-]?\\d{4}(?![\\d])");
  private static final Pattern PHONE_CUE =
      Pattern.compile(
          "(?:电话号码|联系电话|联系方式|手机号码|手机号|手机|电话|座机|传真|热线)(?:号码)?[：:为是\\s（(]*(?:号码[：:为是\\s]*)?([+\\d][\\d \\-()（）]{5,20}\\d)");

  /** A number written in Chinese numerals after a phone cue: 手机号码为一三九一二三四五六七八. */
  private static final Pattern PHONE_HAN =
      Pattern.compile("(?:电话号码|联系电话|手机号码|手机号|手机|电话|座机)(?:号码)?[：:为是\\s]*([〇零一二三四五六七八九幺]{7,12})");

  /**
   * The identity cards of Hong Kong (a letter or two, six digits, the check digit in brackets:
   * A123456(7)) and Macau (1/5/7, six digits, (check), or 1/234567/8), and Taiwan's (a letter, 1 or
   * 2, eight digits): their shape alone says what they are.
   */
  private static final Pattern REGIONAL_ID =
      Pattern.compile(
          "(?<![0-9A-Za-z])(?:[A-Z]{1,2}\\d{6}\\s?[（(][0-9A][）)]|[157]\\d{6}\\s?[（(]\\d[）)]|[157]/\\d{6}/\\d"
              + "|[A-Z][12]\\d{8}(?![0-9A-Za-z]))");

  /**
   * Travel documents by shape: passports (E/G + eight digits, E + a letter + seven), permits for
   * Hong Kong and Macau (C…, and H/M… of their residents) and for Taiwan (L…): a letter (or two)
   * and seven to ten digits, eight characters or more.
   */
  private static final Pattern TRAVEL_DOCUMENT =
      Pattern.compile(
          "(?<![0-9A-Za-z_\\-])(?:[CEGHLM]\\d{8,10}|[CEGHLM][A-Z]\\d{7,8})(?![0-9A-Za-z_\\-])");

  /**
   * Whatever an identity-document label introduces, letters first or digits first, with a check
   * digit in brackets: 香港居民身份证号码K618273(5), 澳门身份证：1234567(8), 台湾身份证号码A223456789.
   */
  private static final Pattern ID_DOCUMENT_CUE =
      Pattern.compile(
          "(?:身份证件号码|身份证号码|身份证号|身份证|证件号码|证件号|居留证号码|居住证号码|签证号码)[：:为是\\s]*"
              + "([A-Za-z]{1,2}\\s?\\d{5,10}(?:\\s?[（(][0-9A-Za-z][）)])?|\\d{6,9}\\s?[（(][0-9A-Za-z][）)]"
              + "|\\d/\\d{6}/\\d)");

  /**
   * A handle as social networks write it: @ then letters, digits, underscores and dots, not inside
   * an e-mail address (@beibei_data, @lin.xiao_88).
   */
  private static final Pattern HANDLE =
      Pattern.compile(
          "(?<![A-Za-z0-9._%+\\-])@[A-Za-z0-9_][A-Za-z0-9_.\\-]{2,29}(?<![.\\-])(?![A-Za-z0-9_@])");

  /**
   * A WeChat internal ID names its owner without a label: wxid_ and letters, digits, underscores.
   */
  private static final Pattern WXID =
      Pattern.compile("(?<![A-Za-z0-9_])(?:wxid|WXID)_[A-Za-z0-9_\\-]{4,30}(?![A-Za-z0-9_\\-])");

  private static final Pattern QQ =
      Pattern.compile(
          "(?:QQ|qq|ＱＱ|扣扣)群?\\s?(?:号码|群号|号|账号)?[（(]?\\s?(?:号码|群号|号|账号)?[：:为是\\s]*(\\d{5,12})(?!\\d)");
  private static final Pattern WECHAT =
      Pattern.compile(
          "(?:微信号|微信账号|微信ID|微信)[：:为是\\s]*([A-Za-z][A-Za-z0-9_\\-]{5,19})(?![A-Za-z0-9_\\-])");
  private static final Pattern PASSPORT =
      Pattern.compile(
          "(?:护照号码|护照号|护照|通行证号码|通行证号|通行证|台胞证号码|台胞证|回乡证号码|回乡证|居留证号码|居留许可号码)[：:为是\\s]*([A-Za-z]{1,2}\\s?\\d{6,9}|\\d{2}\\s?\\d{6,8}|[A-Za-z0-9]{6,12})(?![0-9A-Za-z])");

  /**
   * A plate as people write it: the province, the city letter, then 4–6 letters and digits (six on
   * a new-energy plate), with a middle dot, a dash or a space or two after the province or the
   * letter (苏 A5M27L, 冀F·8Q6B3, 粤B D12345), or one further on (鲁QD·35718, 粤B D 12345, a new-energy
   * plate split after its energy letter); I and O, which plates never carry, are accepted because
   * writers do not know that. At least one digit: no word is a plate.
   */
  static final String PLATE_SHAPE =
      "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔滇陇][ 　·•・.\\-]{0,2}[A-Z][ 　·•・.\\-]{0,2}"
          + "(?=[A-Z]{0,5}[ ·•・.\\-]?[A-Z]{0,5}\\d)[A-Z0-9](?:[ ·•・.\\-]?[A-Z0-9]){3,5}"
          + "[挂学警港澳领使]?(?![A-Za-z0-9])";

  private static final Pattern PLATE = Pattern.compile(PLATE_SHAPE);

  private Identifiers() {}

  /**
   * One detector: a pattern, the group that holds the identifier, and how it is masked. Detectors
   * run in this order; one that only fills gaps skips spans an earlier one already took (an ID
   * number is not also a bank card).
   */
  private record Rule(
      Category category,
      Pattern pattern,
      int group,
      String name,
      boolean onlyGaps,
      Function<String, Double> confidence,
      Function<String, String> mask) {}

  private static List<Rule> rules(boolean ends) {
    Function<String, String> partial = raw -> idMask(raw, ends);
    Function<String, String> stars = raw -> "**";
    Function<String, Double> luhn = x -> Checksums.luhn(digits(x)) ? 0.95 : 0.85;
    Function<String, Double> idCheck = x -> Checksums.validResidentId(digits(x)) ? 0.99 : 0.9;
    return List.of(
        new Rule(Category.EMAIL, EMAIL, 0, "email", false, x -> 0.99, stars),
        new Rule(
            Category.ID_NUMBER,
            ID_SPACED,
            0,
            "id-number-spaced",
            true,
            x -> plausibleBirth(digits(x)) ? 0.9 : 0.0,
            partial),
        new Rule(Category.ID_NUMBER, ID18, 0, "id-number", false, idCheck, partial),
        new Rule(Category.ID_NUMBER, ID15, 0, "id-number", false, idCheck, partial),
        new Rule(Category.ID_NUMBER, ID_CUE, 1, "id-number-after-cue", false, x -> 0.95, partial),
        new Rule(
            Category.ID_NUMBER,
            ID_DOCUMENT_CUE,
            1,
            "id-document-after-cue",
            true,
            x -> 0.95,
            stars),
        new Rule(Category.ID_NUMBER, REGIONAL_ID, 0, "regional-id-card", true, x -> 0.9, stars),
        new Rule(Category.PASSPORT, TRAVEL_DOCUMENT, 0, "travel-document", true, x -> 0.85, stars),
        new Rule(
            Category.CREDIT_CODE,
            CREDIT_CODE,
            0,
            "credit-code",
            true,
            x -> Checksums.validCreditCode(x) ? 0.99 : 0.8,
            x -> keepLast(x, 4)),
        new Rule(
            Category.CREDIT_CODE,
            ORG_CODE_CUE,
            1,
            "organisation-code-after-cue",
            false,
            x -> 0.9,
            x -> keepLast(x, 4)),
        new Rule(Category.BANK_ACCOUNT, CARD_GROUPED, 0, "bank-card", true, luhn, partial),
        new Rule(Category.BANK_ACCOUNT, CARD_PLAIN, 0, "bank-card", true, luhn, partial),
        new Rule(Category.BANK_ACCOUNT, CARD_ANY_GROUPS, 0, "bank-card", true, luhn, partial),
        new Rule(
            Category.BANK_ACCOUNT, ACCOUNT_CUE, 1, "account-after-cue", false, x -> 0.95, partial),
        new Rule(Category.PHONE, MOBILE, 0, "mobile", false, x -> 0.95, stars),
        new Rule(Category.PHONE, LANDLINE, 0, "landline", false, x -> 0.9, stars),
        new Rule(Category.PHONE, INTERNATIONAL, 0, "international-phone", false, x -> 0.9, stars),
        new Rule(
            Category.PHONE,
            PHONE_CUE,
            1,
            "phone-after-cue",
            false,
            x -> digits(x).length() >= 7 ? 0.9 : 0.0,
            stars),
        new Rule(Category.PHONE, PHONE_HAN, 1, "phone-in-chinese-numerals", false, x -> 0.9, stars),
        new Rule(Category.QQ, QQ, 1, "qq", false, x -> 0.95, stars),
        new Rule(Category.WECHAT, WECHAT, 1, "wechat", false, x -> 0.9, stars),
        new Rule(Category.ONLINE_ACCOUNT, HANDLE, 0, "handle", true, x -> 0.85, stars),
        new Rule(Category.WECHAT, WXID, 0, "wechat-internal-id", true, x -> 0.95, stars),
        new Rule(Category.PASSPORT, PASSPORT, 1, "passport", false, x -> 0.95, stars),
        new Rule(
            Category.PLATE,
            PLATE,
            0,
            "licence-plate",
            false,
            x -> 0.9,
            x -> x.charAt(0) + "*".repeat(6)));
  }

  static void find(
      String folded, String original, Protected kept, RedactionPolicy policy, Findings out) {
    List<int[]> digitRuns = Windows.digitRuns(folded, 24, 4); // the same for every rule
    for (Rule rule : rules(policy.keepIdEnds())) {
      if (!policy.masks(rule.category())) {
        continue;
      }
      each(
          rule.pattern(),
          folded,
          digitRuns,
          rule.group(),
          kept,
          m -> {
            int start = m.start(rule.group());
            int end = m.end(rule.group());
            String found = m.group(rule.group());
            double confidence = rule.confidence().apply(found);
            // A confidence of 0 means the candidate failed its check (no real birth date, too few
            // digits).
            if (confidence > 0
                && !(rule.onlyGaps() && out.covers(start, end))
                && !aRecordsNumber(rule.name(), folded, start, found)
                && !(rule.category() == Category.PHONE && anOfficeLine(folded, start, end))) {
              out.add(
                  start,
                  end,
                  original,
                  rule.category(),
                  null,
                  rule.name(),
                  confidence,
                  rule.mask().apply(found));
            }
          });
    }
    if (policy.masks(Category.QQ)) {
      qqLists(folded, original, kept, out);
    }
    if (policy.masks(Category.BANK_ACCOUNT)) {
      TableColumns.accounts(folded, original, kept, policy.keepIdEnds(), out);
    }
    if (policy.masks(Category.ONLINE_ACCOUNT)) {
      TableColumns.handles(folded, original, kept, out);
    }
  }

  /**
   * QQ号分别为283746591、1928374650和56473829: one label before a list of numbers labels every number of
   * it, whatever joins them (、，和及与/); the list ends where something else than a number follows.
   */
  private static final Pattern QQ_LIST =
      Pattern.compile(
          "(?:QQ|qq|ＱＱ|扣扣)(?:号码|号|账号)?(?:分别|依次|各)?(?:为|是)?[：:\\s]*\\d{5,12}(?!\\d)"
              + "(?:\\s*(?:、|，|,|和|及|以及|与|/)\\s*\\d{5,12}(?!\\d))+");

  private static final Pattern LISTED_NUMBER = Pattern.compile("(?<!\\d)\\d{5,12}(?!\\d)");

  /** 涉案QQ号码如下：| a heading that names QQ numbers and opens a list on the next lines. */
  private static final Pattern QQ_HEADING =
      Pattern.compile("(?:QQ|qq|ＱＱ|扣扣)(?:号码|号|账号|群号)?[^\\n。；;]{0,12}[：:][ \\t　]*\\n");

  private static final Pattern LIST_ITEM =
      Pattern.compile("[ \\t　]*(?:\\d{1,3}[.．、)）]|[（(]\\d{1,3}[）)])[^\\n]*");

  /** A number of an item, not a count or a sum (12000元, 43600条) nor a date. */
  private static final Pattern ITEM_NUMBER =
      Pattern.compile(
          "(?<![\\d,，])[1-9]\\d{4,11}(?![\\d,，.]|\\s*(?:元|万|亿|年|月|日|条|人|次|件|个|克|千克|公斤|吨|米))");

  /**
   * 涉案QQ号码如下：|1．3847561920（昵称…）|2．…: the items of a list under a heading that names QQ numbers each
   * give one, without a label of their own.
   */
  private static void qqItems(String folded, String original, Protected kept, Findings out) {
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

  private static void qqLists(String folded, String original, Protected kept, Findings out) {
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

  private static final Pattern OFFICE_AFTER = Pattern.compile("^\\s*[（(]办公(?:室)?(?:电话)?[）)]");

  private static final Pattern OFFICE_BEFORE =
      Pattern.compile("(?:办公电话|办公室电话|值班电话|举报电话|咨询电话|服务电话|服务热线|举报热线)[：:为是\\s]*$");

  /**
   * 联系电话0471-6928123（办公）, 举报电话：12309: the line of an office, which the document gives so the public
   * can call it, is no person's number and stays.
   */
  private static boolean anOfficeLine(String text, int start, int end) {
    int line = text.lastIndexOf('\n', start - 1) + 1;
    return OFFICE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 8)).lookingAt()
        || OFFICE_BEFORE.matcher(text).region(Math.max(0, start - 10), start).find()
        || start - line < 60 && OFFICIAL_CONTACT.matcher(text).region(line, start).lookingAt()
        || ContactLines.closingNumber(text, line, start);
  }

  /**
   * 联系人：韦某（检察官） 联系电话：…, 主办检察官：杜某，联系电话…: the contact line a document closes with gives the office's
   * number.
   */
  private static final Pattern OFFICIAL_CONTACT =
      Pattern.compile(
          "[ \\t　]*(?:\\d{1,2}[．.、]\\s*)?(?:联系人[：:][^，,。；;\\n]{1,12}?[（(](?:检察官|检察官助理|书记员|承办人|法官)[）)]"
              + "|(?:主办检察官|承办检察官|检察官|检察官助理|书记员|承办人)[：:])");

  /** Labels of a record's own number (合同编号, 交易流水号, 案号), which no card or passport is. */
  private static final Pattern RECORD_LABEL =
      Pattern.compile("(?:编号|单号|流水号?|案号|文号|合同|号码|收据|发票)[：:为是\\s]*$");

  private static final Pattern RECORD_NUMBER_LABEL =
      Pattern.compile("(?:编号|单号|流水号|案号|文号)[：:为是\\s]*$");

  private static final Pattern DOCUMENT_CUE = Pattern.compile("护照|通行证|旅行证|签证|证件|往来");

  private static final Pattern DATED_RUN =
      Pattern.compile("^(?:199\\d|20[0-3]\\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])");

  /**
   * A shape-only card or travel-document reading that is a record's number instead: after 编号, 单号,
   * 流水号, 合同 or a Latin letter (A3301050300002023080012), starting with a date (20230815…, 20230101-
   * 20231231), or a card of 20 digits or more with no account label (that has its own rule, as has
   * a table column headed 账号).
   */
  private static boolean aRecordsNumber(String rule, String text, int start, String found) {
    boolean card = rule.equals("bank-card");
    if (!card && !rule.equals("travel-document")) {
      return false;
    }
    String before = text.substring(Math.max(0, start - 16), start);
    if (!card) {
      return RECORD_LABEL.matcher(before).find() && !DOCUMENT_CUE.matcher(before).find();
    }
    String digits = digits(found);
    return start > 0 && Layout.isLatin(text.charAt(start - 1))
        || RECORD_NUMBER_LABEL.matcher(before).find()
        || DATED_RUN.matcher(digits).find()
        || digits.length() >= 20;
  }

  /**
   * Numbers can only be where digits are: patterns run in windows around digit runs, except e-mail
   * and plates.
   */
  private static void each(
      Pattern p,
      String text,
      List<int[]> digitRuns,
      int group,
      Protected kept,
      Consumer<Matcher> action) {
    Consumer<Matcher> guarded =
        m -> {
          if (!kept.overlaps(m.start(group), m.end(group))) {
            action.accept(m);
          }
        };
    if (p == EMAIL || p == HANDLE) {
      Windows.find(p, text, List.of("@"), 64, 64, guarded);
    } else if (p == WXID) {
      Windows.find(p, text, List.of("wxid_", "WXID_"), 0, 40, guarded);
    } else if (p == PLATE || p == WECHAT) {
      Scan scan = new Scan(p, text);
      while (scan.find()) {
        guarded.accept(scan.matcher());
      }
    } else {
      Windows.findIn(p, text, digitRuns, guarded);
    }
  }

  /** The birth date inside an 18- or 15-digit ID number is a real date. */
  static boolean plausibleBirth(String d) {
    try {
      if (d.length() == 18) {
        LocalDate.of(
            Integer.parseInt(d.substring(6, 10)),
            Integer.parseInt(d.substring(10, 12)),
            Integer.parseInt(d.substring(12, 14)));
        int year = Integer.parseInt(d.substring(6, 10));
        return year >= 1900 && year <= 2030;
      }
      if (d.length() == 15) {
        LocalDate.of(
            1900 + Integer.parseInt(d.substring(6, 8)),
            Integer.parseInt(d.substring(8, 10)),
            Integer.parseInt(d.substring(10, 12)));
        return true;
      }
    } catch (DateTimeException | NumberFormatException e) {
      return false;
    }
    return false;
  }

  static String digits(String s) {
    return s.replaceAll("[^0-9Xx]", "");
  }

  /** 110102********0515 when the ends are kept (the standard's form), otherwise ** . */
  static String idMask(String raw, boolean keepEnds) {
    String d = digits(raw);
    if (!keepEnds || d.length() < 12) {
      return "**";
    }
    return d.substring(0, 6) + "*".repeat(d.length() - 10) + d.substring(d.length() - 4);
  }

  private static String keepLast(String raw, int n) {
    String s = raw.replaceAll("[^0-9A-Za-z]", "");
    return s.length() <= n ? "**" : "*".repeat(s.length() - n) + s.substring(s.length() - n);
  }
}
