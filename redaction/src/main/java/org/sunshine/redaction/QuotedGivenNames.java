package org.sunshine.redaction;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * In quoted speech (testimony, a statement) people call each other by a one-character given name:
 * “是亮骑过来的”, “军在路口等着” for persons 马亮 and 贺军. Outside quotes a lone character is too often a word to
 * replace; inside them it is the person where it is a word of its own in HanLP's segmentation (not
 * 天亮), no longer word forms with its neighbours, and a verb or a particle, not a noun, follows it.
 */
final class QuotedGivenNames {

  /** How far back an opening quote mark is looked for: a quotation is a sentence or a few. */
  private static final int QUOTE_REACH = 400;

  /** Characters that are, alone, grammar rather than a name (的, 了, 是…). */
  private static final String FUNCTION_CHARS = "的了是在和与就也都又还不没有我你他她它这那个们么吗呢吧啊";

  private QuotedGivenNames() {}

  static void find(
      String text, List<Person> persons, PseudonymMap map, Protected kept, Findings out) {
    if (text.indexOf('“') < 0) {
      return;
    }
    for (Person p : persons) {
      if (p.aliasOnly || p.name.length() != 2 || !allHan(p.name) || p.chineseName != null) {
        continue;
      }
      char given = p.name.charAt(1);
      if (FUNCTION_CHARS.indexOf(given) >= 0) {
        continue;
      }
      String pseudonym = map.get(p.pseudonymKey());
      for (int at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + 1)) {
        if (at > 0 && text.charAt(at - 1) == p.name.charAt(0)) {
          continue; // the full name: the person's own form finds it
        }
        if (insideQuote(text, at) && !kept.covers(at, at + 1) && standsAsPerson(text, at)) {
          out.add(at, at + 1, text, Category.NAME, p.role, "given-char-in-quote", 0.7, pseudonym);
        }
      }
    }
  }

  /** An opening quote mark stands before the position with no closing one between them. */
  static boolean insideQuote(String text, int at) {
    for (int i = at - 1; i >= Math.max(0, at - QUOTE_REACH); i--) {
      char c = text.charAt(i);
      if (c == '”' || c == '\n') {
        return false;
      }
      if (c == '“') {
        return text.indexOf('”', at) >= 0;
      }
    }
    return false;
  }

  private static boolean standsAsPerson(String text, int at) {
    if (at + 1 >= text.length() || !Lexicon.isHan(text.charAt(at + 1))) {
      return false; // a lone character before punctuation is as often an exclamation as a name
    }
    if (NameContext.partOfWordOrPlace(text, at, at + 1)) {
      return false;
    }
    int from = Math.max(0, at - 6);
    String window = text.substring(from, Math.min(text.length(), at + 7));
    List<Term> terms = HanLP.newSegment().enableOffset(true).seg(window);
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (from + t.offset == at) {
        if (t.word.length() != 1 || i + 1 >= terms.size()) {
          return false;
        }
        String next = terms.get(i + 1).nature.toString();
        return next.startsWith("v") || next.startsWith("p") || next.startsWith("d");
      }
    }
    return false;
  }

  private static boolean allHan(String s) {
    return s.chars().allMatch(c -> Lexicon.isHan((char) c));
  }
}
