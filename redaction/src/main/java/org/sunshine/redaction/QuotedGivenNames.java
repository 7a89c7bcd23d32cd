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
      int surname = surnameLength(p.name);
      if (p.aliasOnly || surname == 0 || !allHan(p.name) || p.chineseName != null) {
        continue;
      }
      char given = p.name.charAt(surname);
      if (FUNCTION_CHARS.indexOf(given) >= 0) {
        continue;
      }
      String pseudonym = map.get(p.pseudonymKey());
      for (int at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + 1)) {
        if (at > 0 && text.charAt(at - 1) == p.name.charAt(surname - 1)) {
          continue; // the full name: the person's own form finds it
        }
        if (insideQuote(text, at) && !kept.covers(at, at + 1) && standsAsPerson(text, at)) {
          out.add(at, at + 1, text, Category.NAME, p.role, "given-char-in-quote", 0.7, pseudonym);
        }
      }
    }
  }

  /**
   * The length of the surname of a name of one given character: 1 (罗斌), 2 for a compound surname
   * (呼延平); 0 for any other name.
   */
  private static int surnameLength(String name) {
    if (name.length() == 2) {
      return 1;
    }
    boolean compound = Lexicon.COMPOUND_SURNAMES.stream().anyMatch(name::startsWith);
    return name.length() == 3 && compound ? 2 : 0;
  }

  /**
   * An opening quote mark stands before the position with no closing one between them. A line break
   * ends the search only where a paragraph ends; a hard wrap (…那三间厢房⏎是给…) is inside it.
   */
  static boolean insideQuote(String text, int at) {
    for (int i = at - 1; i >= Math.max(0, at - QUOTE_REACH); i--) {
      char c = text.charAt(i);
      if (c == '”' || c == '\n' && paragraphBreak(text, i)) {
        return false;
      }
      if (c == '“') {
        return text.indexOf('”', at) >= 0;
      }
    }
    return false;
  }

  /** The line break at {@code i} closes a sentence or opens an indented paragraph. */
  private static boolean paragraphBreak(String text, int i) {
    char before = i > 0 ? text.charAt(i - 1) : '\n';
    char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
    return "。！？：；\n".indexOf(before) >= 0 || after == '　' || after == '\n';
  }

  /** A name called out at the head of the quote: “晓，你就说…”, “晓 ， 你…”. */
  private static boolean calledOut(String text, int at) {
    int next = at + 1;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    return at > 0
        && text.charAt(at - 1) == '“'
        && next < text.length()
        && "，,！!".indexOf(text.charAt(next)) >= 0;
  }

  private static boolean standsAsPerson(String text, int at) {
    if (calledOut(text, at)) {
      return true;
    }
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
        // a verb, a preposition, an adverb or a time word follows (坤当时签了字), or a preposition
        // leads to it (是给海娶媳妇盖的: the segmenter reads 娶媳妇 as a noun)
        String next = terms.get(i + 1).nature.toString();
        boolean afterPreposition = i > 0 && terms.get(i - 1).nature.toString().startsWith("p");
        return afterPreposition || "vpdt".indexOf(next.charAt(0)) >= 0;
      }
    }
    return false;
  }

  private static boolean allHan(String s) {
    return s.chars().allMatch(c -> Lexicon.isHan((char) c));
  }
}
