package org.sunshine.redaction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An independent check of the final text: every name form, number and address of the people found
 * is searched again after normalisation (NFKC, no whitespace), with names allowed to be split by up
 * to three spaces, dots, dashes, stars or slashes and numbers by spaces, dashes or dots. One hit
 * makes the output unsafe.
 */
public final class ResidualCheck {

  private static final String NAME_SEP = "[\\s·•・.\\-‐‑–—_*＊×/|\\\\]{0,3}";
  private static final String NUM_SEP = "[\\s\\-‐‑–—.·・_/]{0,2}";

  private static final String NAME_SEP_CHAR = "[\\s·•・.\\-‐‑–—_*＊×/|\\\\]";
  private static final String NUM_SEP_CHAR = "[\\s\\-‐‑–—.·・_/]";

  // compiled once: the check runs these on every item of every document
  /** Removed by the normalisation: invisible characters and whitespace (what \\s matches). */
  private static final String REMOVED = "\u200b\u200c\u200d\u2060\ufeff\u00ad \t\n\u000B\f\r";

  /** The separators as patterns: the lists the loops remove must match exactly these (tested). */
  static final Pattern NAME_SEP_CHARS = Pattern.compile(NAME_SEP_CHAR);

  static final Pattern NUM_SEP_CHARS = Pattern.compile(NUM_SEP_CHAR);
  private static final Pattern NAME_DOTS = Pattern.compile("[·•・.\\-]");
  private static final Pattern NOT_NUMBER_CHARS = Pattern.compile("[^0-9A-Za-z\\p{IsHan}]");

  /**
   * A sum of money (人民币283746591元, ￥12,000, 3.5万元): its digits are an amount even where they repeat
   * a QQ or account number, and an amount is kept, so the check does not read numbers inside it.
   */
  static final Pattern AMOUNT =
      Pattern.compile(
          "(?:人民币|RMB|￥|¥)\\s*[0-9][0-9,，.]*(?:\\s*(?:万|亿|千|百))*\\s*元?"
              + "|(?<![0-9A-Za-z.])[0-9][0-9,，.]*(?:\\s*(?:万|亿|千|百))*\\s*元");

  private ResidualCheck() {}

  /** The normalisation the check (and the supreme procuratorate's reviewers) compare in. */
  public static String normalise(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (REMOVED.indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * @param output the redacted text
   * @param names name forms that must not appear (full names, aliases)
   * @param numbers identifiers that must not appear
   * @param phrases other strings that must not appear (address tails and their named parts)
   * @return what was found, empty when the text is safe
   */
  public static List<String> check(
      String output,
      Collection<String> names,
      Collection<String> numbers,
      Collection<String> phrases) {
    return check(output, names, numbers, phrases, List.of());
  }

  /**
   * As {@link #check(String, Collection, Collection, Collection)}, where text inside the exceptions
   * (kept institutions and places such as 江山市人民法院 for a person called 江山) does not count.
   */
  public static List<String> check(
      String output,
      Collection<String> names,
      Collection<String> numbers,
      Collection<String> phrases,
      Collection<String> exceptions) {
    // each kept span is an exception once, however often it is kept; all blanked in one pass over
    // the text (KeptBlanks), not one search per span
    List<String> longestFirst = new ArrayList<>(new LinkedHashSet<>(exceptions));
    longestFirst.sort((a, b) -> b.length() - a.length());
    List<String> spans = new ArrayList<>(longestFirst.size());
    for (String exception : longestFirst) {
      String e = normalise(exception);
      if (e.length() >= 2) {
        spans.add(e);
      }
    }
    String hay = KeptBlanks.blank(normalise(output), spans);
    List<String> hits = new ArrayList<>();
    // Without its separators the text must contain the item as a plain string for the pattern to
    // match: a cheap test that spares compiling and running a pattern for every masked item.
    String nameHay = without(hay, NAME_SEPARATORS).toLowerCase(Locale.ROOT);
    String numbersIn = Scan.replaceAll(AMOUNT, hay, "\u0000");
    String numberHay = without(numbersIn, NUMBER_SEPARATORS).toLowerCase(Locale.ROOT);
    for (String name : names) {
      String chars = NAME_DOTS.matcher(normalise(name)).replaceAll("");
      if (chars.length() >= 2
          && nameHay.contains(without(chars, NAME_SEPARATORS).toLowerCase(Locale.ROOT))
          && pattern(chars, NAME_SEP).matcher(hay).find()) {
        hits.add("name:" + name);
      }
    }
    for (String number : numbers) {
      String chars = NOT_NUMBER_CHARS.matcher(normalise(number)).replaceAll("");
      if (chars.length() >= 5
          && numberHay.contains(chars.toLowerCase(Locale.ROOT))
          && pattern(chars, NUM_SEP).matcher(numbersIn).find()) {
        hits.add("number:" + number);
      }
    }
    for (String phrase : phrases) {
      String p = normalise(phrase);
      if (p.length() >= 3 && hay.contains(p)) {
        hits.add("text:" + phrase);
      }
    }
    return hits;
  }

  /**
   * The characters of NAME_SEP_CHAR and NUM_SEP_CHAR ({@code \\s} is space, \\t, \\n, \\x0B, \\f,
   * \\r), removed by a loop: the haystacks are built for every document.
   */
  static final String NAME_SEPARATORS = " \t\n\u000B\f\r·•・.-‐‑–—_*＊×/|\\";

  static final String NUMBER_SEPARATORS = " \t\n\u000B\f\r-‐‑–—.·・_/";

  private static String without(String s, String removed) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (removed.indexOf(c) >= 0) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static Pattern pattern(String chars, String sep) {
    return Pattern.compile(
        FormOccurrences.spaced(chars, sep), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
