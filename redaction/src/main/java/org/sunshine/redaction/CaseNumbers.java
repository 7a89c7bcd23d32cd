package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Document and case numbers (冀检民（行）监〔2024〕13000000214号, （2023）豫06行终113号) are public and kept whole:
 * the abbreviation before the year, with the bracketed kind of case inside it (（行）, （拱）), and the
 * serial after it, however many digits a province's numbering gives it — a long digit run between
 * 〔〕 and 号 is a serial, not an ID number or an account.
 */
final class CaseNumbers {

  private static final String HAN = "\\p{IsHan}";

  /**
   * 申诉人X不服本院威检刑不诉〔2024〕15号: 服, 本 and 收 belong to the sentence, not to the abbreviation, and the
   * name before them is no part of the number.
   */
  private static final String ABBREVIATION_CHAR = "[\\p{IsHan}&&[^的对向作出以于在将被经依据按照是为了与和及服本收]]";

  /**
   * A bracketed kind of case inside the abbreviation (民（行）监, 兰公城（拱）行罚决字); a line break the layout
   * left after it (文检民（行）|监〔2024〕…) does not cut the number.
   */
  private static final String KIND = "[（(]" + HAN + "{1,3}[）)](?:\\n[ \\t　]*)?";

  /** The abbreviation (with at most one bracketed kind), the year in 〔〕 and the serial. */
  private static final Pattern BRACKETED_YEAR =
      Pattern.compile(
          ABBREVIATION_CHAR
              + "{1,15}(?:"
              + KIND
              + ABBREVIATION_CHAR
              + "{0,14})?[〔\\[［]\\d{4}[〕\\]］]["
              + HAN
              + "A-Za-z0-9\\- \u3000]{0,24}?号");

  /** A court's case number: the year in brackets first, （2023）豫06行终113号. */
  private static final Pattern YEAR_FIRST =
      Pattern.compile("[（(]\\d{4}[）)][" + HAN + "A-Za-z0-9]{1,24}?号");

  private CaseNumbers() {}

  static void protect(String text, Protected ranges) {
    // each pattern in the windows of its own brackets: （ opens every aside, 〔 only numbers
    Windows.find(
        BRACKETED_YEAR,
        text,
        List.of("〔", "[", "［"),
        24,
        36,
        m -> {
          if (!IdentityDocuments.certificateNumber(text, m.start(), m.end())) {
            ranges.add(m.start(), m.end(), "case-number");
          }
        });
    Windows.find(
        YEAR_FIRST,
        text,
        List.of("（", "("),
        0,
        36,
        m -> ranges.add(m.start(), m.end(), "case-number"));
  }
}
