package org.sunshine.redaction;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structured identifiers: ID numbers (18 and 15 digits), bank cards and accounts, phone numbers in
 * any common formatting, e-mail, WeChat, QQ, passports, licence plates and unified social credit
 * codes. Digits may be separated by spaces or dashes; full-width digits are folded before matching.
 * The shapes of each kind live in their own class ({@link IdentityDocuments}, {@link
 * AccountNumbers}, {@link PhoneNumbers}, {@link OnlineIds}, {@link Plates}); here they run in one
 * order, each in the windows where it can match.
 */
final class Identifiers {

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
        new Rule(Category.EMAIL, OnlineIds.EMAIL, 0, "email", false, x -> 0.99, stars),
        new Rule(
            Category.ID_NUMBER,
            IdentityDocuments.ID_SPACED,
            0,
            "id-number-spaced",
            true,
            x -> IdentityDocuments.plausibleBirth(digits(x)) ? 0.9 : 0.0,
            partial),
        new Rule(
            Category.ID_NUMBER, IdentityDocuments.ID18, 0, "id-number", false, idCheck, partial),
        new Rule(
            Category.ID_NUMBER, IdentityDocuments.ID15, 0, "id-number", false, idCheck, partial),
        new Rule(
            Category.ID_NUMBER,
            IdentityDocuments.DISABILITY_CARD,
            0,
            "disability-certificate",
            false,
            idCheck,
            stars),
        new Rule(
            Category.ID_NUMBER,
            IdentityDocuments.CERTIFICATE_CUE,
            1,
            "certificate-after-cue",
            false,
            x -> 0.9,
            stars),
        new Rule(
            Category.ID_NUMBER,
            IdentityDocuments.ID_CUE,
            1,
            "id-number-after-cue",
            false,
            x -> 0.95,
            partial),
        new Rule(
            Category.ID_NUMBER,
            IdentityDocuments.ID_DOCUMENT_CUE,
            1,
            "id-document-after-cue",
            true,
            x -> 0.95,
            stars),
        new Rule(
            Category.ID_NUMBER,
            IdentityDocuments.REGIONAL_ID,
            0,
            "regional-id-card",
            true,
            x -> 0.9,
            stars),
        new Rule(
            Category.PASSPORT,
            IdentityDocuments.TRAVEL_DOCUMENT,
            0,
            "travel-document",
            true,
            x -> 0.85,
            stars),
        new Rule(
            Category.CREDIT_CODE,
            AccountNumbers.CREDIT_CODE,
            0,
            "credit-code",
            true,
            x -> Checksums.validCreditCode(x) ? 0.99 : 0.8,
            x -> AccountNumbers.keepLast(x, 4)),
        new Rule(
            Category.CREDIT_CODE,
            AccountNumbers.ORG_CODE_CUE,
            1,
            "organisation-code-after-cue",
            false,
            x -> 0.9,
            x -> AccountNumbers.keepLast(x, 4)),
        new Rule(
            Category.BANK_ACCOUNT,
            AccountNumbers.CARD_GROUPED,
            0,
            "bank-card",
            true,
            luhn,
            partial),
        new Rule(
            Category.BANK_ACCOUNT, AccountNumbers.CARD_PLAIN, 0, "bank-card", true, luhn, partial),
        new Rule(
            Category.BANK_ACCOUNT,
            AccountNumbers.CARD_ANY_GROUPS,
            0,
            "bank-card",
            true,
            luhn,
            partial),
        new Rule(
            Category.BANK_ACCOUNT,
            AccountNumbers.ACCOUNT_CUE,
            1,
            "account-after-cue",
            false,
            x -> 0.95,
            partial),
        new Rule(Category.PHONE, PhoneNumbers.MOBILE, 0, "mobile", false, x -> 0.95, stars),
        new Rule(Category.PHONE, PhoneNumbers.LANDLINE, 0, "landline", false, x -> 0.9, stars),
        new Rule(
            Category.PHONE,
            PhoneNumbers.INTERNATIONAL,
            0,
            "international-phone",
            false,
            x -> 0.9,
            stars),
        new Rule(
            Category.PHONE,
            PhoneNumbers.PHONE_CUE,
            1,
            "phone-after-cue",
            false,
            x -> digits(x).length() >= 7 ? 0.9 : 0.0,
            stars),
        new Rule(
            Category.PHONE,
            PhoneNumbers.PHONE_HAN,
            1,
            "phone-in-chinese-numerals",
            false,
            x -> 0.9,
            stars),
        new Rule(Category.QQ, OnlineIds.QQ, 1, "qq", false, x -> 0.95, stars),
        new Rule(Category.WECHAT, OnlineIds.WECHAT, 1, "wechat", false, x -> 0.9, stars),
        new Rule(Category.ONLINE_ACCOUNT, OnlineIds.HANDLE, 0, "handle", true, x -> 0.85, stars),
        new Rule(Category.WECHAT, OnlineIds.WXID, 0, "wechat-internal-id", true, x -> 0.95, stars),
        new Rule(
            Category.PASSPORT, IdentityDocuments.PASSPORT, 1, "passport", false, x -> 0.95, stars),
        new Rule(
            Category.PLATE,
            Plates.PLATE,
            0,
            "licence-plate",
            false,
            x -> 0.9,
            x -> x.charAt(0) + "*".repeat(6)),
        new Rule(Category.PLATE, Plates.VESSEL, 0, "vessel-number", false, x -> 0.9, stars),
        new Rule(
            Category.PLATE,
            Plates.VIN,
            1,
            "vehicle-identification-number",
            false,
            x -> 0.9,
            stars));
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
                && !AccountNumbers.aRecordsNumber(rule.name(), folded, start, found)
                && !(rule.category() == Category.PHONE
                    && PhoneNumbers.anOfficeLine(folded, start, end))) {
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
      OnlineIds.qqLists(folded, original, kept, out);
    }
    if (policy.masks(Category.BANK_ACCOUNT)) {
      TableColumns.accounts(folded, original, kept, policy.keepIdEnds(), out);
    }
    if (policy.masks(Category.ONLINE_ACCOUNT)) {
      TableColumns.handles(folded, original, kept, out);
    }
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
    if (p == OnlineIds.EMAIL || p == OnlineIds.HANDLE) {
      Windows.find(p, text, List.of("@"), 64, 64, guarded);
    } else if (p == OnlineIds.WXID) {
      Windows.find(p, text, List.of("wxid_", "WXID_"), 0, 40, guarded);
    } else if (p == IdentityDocuments.PASSPORT) {
      // 护照号码C7R4J2K91: letters and digits mixed leave no run of five digits to find it by
      Windows.find(p, text, IdentityDocuments.DOCUMENT_WORDS, 0, 32, guarded);
    } else if (p == IdentityDocuments.CERTIFICATE_CUE) {
      // 某集用〔1996〕字第0417号: a title's serial may be too short to leave a run of five digits
      Windows.find(p, text, IdentityDocuments.CERTIFICATE_WORDS, 10, 48, guarded);
    } else if (p == Plates.VESSEL) {
      // 川雷渔0137: four digits leave no run of five to find it by
      Windows.find(p, text, List.of("渔", "货", "客", "油"), 5, 8, guarded);
    } else if (p == Plates.VIN) {
      Windows.find(p, text, Plates.VIN_LABELS, 4, 48, guarded);
    } else if (p == Plates.PLATE || p == OnlineIds.WECHAT) {
      Scan scan = new Scan(p, text);
      while (scan.find()) {
        guarded.accept(scan.matcher());
      }
    } else {
      Windows.findIn(p, text, digitRuns, guarded);
    }
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
}
