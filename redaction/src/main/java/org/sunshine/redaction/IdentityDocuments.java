package org.sunshine.redaction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identity and travel documents for {@link Identifiers}: resident ID numbers (18 and 15 digits,
 * also spaced), the identity cards of Hong Kong, Macau and Taiwan, passports and permits, by shape
 * and after their labels.
 */
final class IdentityDocuments {

  static final String SEP = "[ \\-]?";
  static final String DATE8 = "(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])";
  static final Pattern ID18 =
      Pattern.compile(
          "(?<![0-9A-Za-z])\\d{6}" + SEP + DATE8 + SEP + "\\d{3}[0-9Xx](?![0-9A-Za-z])");
  static final Pattern ID15 =
      Pattern.compile(
          "(?<![0-9A-Za-z])\\d{6}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}(?![0-9A-Za-z])");
  static final Pattern ID_CUE =
      Pattern.compile(
          "(?:身份证号码|身份证号|公民身份号码|身份号码|证件号码)[：:为是\\s]*([0-9Xx][0-9Xx \\-]{13,22}[0-9Xx])");

  /** 18 or 15 characters with any single spaces or dashes between them: 4101 0519 9001 0112 34. */
  static final Pattern ID_SPACED =
      Pattern.compile(
          "(?<![0-9A-Za-z])\\d(?:[ \\-]?\\d){13}(?:(?:[ \\-]?\\d){2}[ \\-]?[0-9Xx])?(?![0-9A-Za-z])");

  /**
   * The identity cards of Hong Kong (a letter or two, six digits, the check digit in brackets:
   * A123456(7)) and Macau (1/5/7, six digits, (check), or 1/234567/8), and Taiwan's (a letter, 1 or
   * 2, eight digits): their shape alone says what they are.
   */
  static final Pattern REGIONAL_ID =
      Pattern.compile(
          "(?<![0-9A-Za-z])(?:[A-Z]{1,2}\\d{6}\\s?[（(][0-9A][）)]|[157]\\d{6}\\s?[（(]\\d[）)]|[157]/\\d{6}/\\d"
              + "|[A-Z][12]\\d{8}(?![0-9A-Za-z]))");

  /**
   * Travel documents by shape: passports (E/G + eight digits, E + a letter + seven), permits for
   * Hong Kong and Macau (C…, and H/M… of their residents) and for Taiwan (L…): a letter (or two)
   * and seven to ten digits, eight characters or more.
   */
  static final Pattern TRAVEL_DOCUMENT =
      Pattern.compile(
          "(?<![0-9A-Za-z_\\-])(?:[CEGHLM]\\d{8,10}|[CEGHLM][A-Z]\\d{7,8})(?![0-9A-Za-z_\\-])");

  /**
   * Whatever an identity-document label introduces, letters first or digits first, with a check
   * digit in brackets: 香港居民身份证号码K618273(5), 澳门身份证：1234567(8), 台湾身份证号码A223456789; a Macau number
   * also without its check digit (澳门居民身份证号码1307481): no resident ID has seven digits.
   */
  static final Pattern ID_DOCUMENT_CUE =
      Pattern.compile(
          "(?:身份证件号码|身份证号码|身份证号|身份证|证件号码|证件号|居留证号码|居住证号码|签证号码)[：:为是\\s]*"
              + "([A-Za-z]{1,2}\\s?\\d{5,10}(?:\\s?[（(][0-9A-Za-z][）)])?|\\d{6,9}\\s?[（(][0-9A-Za-z][）)]"
              + "|\\d/\\d{6}/\\d|[157]\\d{6}(?![0-9]))");

  /** The words {@link #PASSPORT} opens with (each label starts with one). */
  static final List<String> DOCUMENT_WORDS = List.of("护照", "通行证", "台胞证", "回乡证", "居留");

  static final Pattern PASSPORT =
      Pattern.compile(
          "(?:护照号码|护照号|护照|通行证号码|通行证号|通行证|台胞证号码|台胞证|回乡证号码|回乡证|居留证号码|居留许可号码)(?:[，,]\\s*(?:证件号码|号码|编号))?[：:为是\\s]*([A-Za-z]{1,2}\\s?\\d{6,9}|\\d{2}\\s?\\d{6,8}|[A-Za-z0-9]{6,12})(?![0-9A-Za-z])");

  /**
   * A disability certificate's number (残疾人证号) is its holder's ID number followed by the category
   * (1-7) and the level (1-4) of the disability: the ID inside it is as personal as alone.
   */
  static final Pattern DISABILITY_CARD =
      Pattern.compile("(?<![0-9A-Za-z])\\d{6}" + DATE8 + "\\d{3}[0-9Xx][1-7][1-4](?![0-9A-Za-z])");

  /**
   * The number of a certificate a person holds, after its label: a driving licence (and its file
   * number), a social security card, a title to a home or to land (天集用〔1995〕字第0318号,
   * 苏〔2019〕某市不动产权第0087362号).
   */
  /** The words every label of {@link #CERTIFICATE_CUE} ends in. */
  static final List<String> CERTIFICATE_WORDS = List.of("证号", "编号", "证书号", "卡号", "照号", "档案号");

  static final Pattern CERTIFICATE_CUE =
      Pattern.compile(
          "(?:残疾人证|残疾证|驾驶证|驾驶执照|行驶证|社会保障卡|社保卡|医保卡|结婚证|离婚证|不动产权证书?|房产证|房屋所有权证"
              + "|土地使用证|土地使用权证|宅基地使用证|林权证|承包经营权证)(?:档案)?(?:号码|编号|号)[：:为是\\s]*"
              + "((?:[\\p{IsHan}]{1,8}[〔\\[（(]\\d{4}[〕\\]）)][\\p{IsHan}]{0,10}?第?)?"
              + "[A-Za-z0-9][A-Za-z0-9\\-]{3,29}号?)");

  /**
   * Whether a number shaped like a document's (某集用〔1996〕字第0417号) is the number of a certificate its
   * label names, which is personal, not the 文号 of a public body's document.
   */
  static boolean certificateNumber(String text, int start, int end) {
    Matcher m = CERTIFICATE_CUE.matcher(text).region(Math.max(0, start - 24), end);
    while (m.find()) {
      if (m.start(1) < end && m.end(1) > start) {
        return true;
      }
    }
    return false;
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

  private IdentityDocuments() {}
}
