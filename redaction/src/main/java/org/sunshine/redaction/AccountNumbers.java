package org.sunshine.redaction;

import java.util.regex.Pattern;

/**
 * Bank cards, accounts and companies' codes for {@link Identifiers}: digits in groups or in a run,
 * after an account label, unified social credit codes; and the record numbers (合同编号, 流水号) that only
 * look like a card or a travel document.
 */
final class AccountNumbers {

  static final Pattern CREDIT_CODE =
      Pattern.compile(
          "(?<![0-9A-Z])[0-9A-HJ-NP-RT-UW-Y]{2}\\d{6}[0-9A-HJ-NP-RT-UW-Y]{10}(?![0-9A-Za-z])");
  static final Pattern ORG_CODE_CUE =
      Pattern.compile("(?:组织机构代码|统一社会信用代码|注册号)[：:为\\s]*([0-9A-Z\\-]{8,20})");

  /**
   * Digits in groups of four, three groups or more: a card (16–19 digits) or a company's settlement
   * account (up to 23 digits: 2000 1588 6612 0100 3392). No amount, date or 文号 is written so.
   */
  static final Pattern CARD_GROUPED =
      Pattern.compile("(?<![\\d])(?:\\d{4}[ \\-]){3,5}\\d{1,4}(?![\\d])");

  /** 16–23 digits in groups of any size: 622848 0000 1234 5678 9. */
  static final Pattern CARD_ANY_GROUPS =
      Pattern.compile("(?<![\\d.,])\\d(?:[ \\-]?\\d){15,22}(?![\\d])");

  /**
   * A run of 16–23 digits: a card, or a bank's account of a company (banks number those with up to
   * 23 digits; a table cell whose spaces the normaliser closed is such a run).
   */
  static final Pattern CARD_PLAIN = Pattern.compile("(?<![\\d.,])\\d{16,23}(?![\\d])");

  static final Pattern ACCOUNT_CUE =
      Pattern.compile("(?:卡号|账号|帐号|银行账户|银行卡|对公账户|账户)[：:为是\\s（(]*(\\d[\\d \\-]{8,28}\\d)");

  /** Labels of a record's own number (合同编号, 交易流水号, 案号), which no card or passport is. */
  static final Pattern RECORD_LABEL =
      Pattern.compile("(?:编号|单号|流水号?|案号|文号|合同|号码|收据|发票)[：:为是\\s]*$");

  static final Pattern RECORD_NUMBER_LABEL = Pattern.compile("(?:编号|单号|流水号|案号|文号)[：:为是\\s]*$");

  static final Pattern DOCUMENT_CUE = Pattern.compile("护照|通行证|旅行证|签证|证件|往来");

  static final Pattern DATED_RUN =
      Pattern.compile("^(?:199\\d|20[0-3]\\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])");

  /**
   * A shape-only card or travel-document reading that is a record's number instead: after 编号, 单号,
   * 流水号, 合同 or a Latin letter (A3301050300002023080012), starting with a date (20230815…, 20230101-
   * 20231231), or a card of 20 digits or more with no account label (that has its own rule, as has
   * a table column headed 账号).
   */
  static boolean aRecordsNumber(String rule, String text, int start, String found) {
    boolean card = rule.equals("bank-card");
    if (!card && !rule.equals("travel-document")) {
      return false;
    }
    String before = text.substring(Math.max(0, start - 16), start);
    if (!card) {
      return RECORD_LABEL.matcher(before).find() && !DOCUMENT_CUE.matcher(before).find();
    }
    String digits = Identifiers.digits(found);
    return start > 0 && Layout.isLatin(text.charAt(start - 1))
        || RECORD_NUMBER_LABEL.matcher(before).find()
        || DATED_RUN.matcher(digits).find()
        || digits.length() >= 20;
  }

  static String keepLast(String raw, int n) {
    String s = raw.replaceAll("[^0-9A-Za-z]", "");
    return s.length() <= n ? "**" : "*".repeat(s.length() - n) + s.substring(s.length() - n);
  }

  private AccountNumbers() {}
}
