package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * The learned recall layer (ADR 0022): the trained {@link NameModel} proposes names nobody declared
 * (a witness named once in a quote, a person in a sentence no rule reads), and a proposal becomes a
 * person only when the rules accept it. The name is re-read by {@link NameBoundary} from the
 * model's first character (the model's span only bounds it), must lie outside every kept span
 * (officials, lawyers, institutions, places), must not be or contain an official's name, must not
 * be followed by a place or firm suffix, and must pass the finder's plausibility test like any
 * untrusted name.
 */
final class LearnedNames {

  private LearnedNames() {}

  static void find(PersonFinder finder, Protected kept, NameModel model) {
    String text = finder.text;
    List<int[]> spans = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (lineEnd > lineStart) {
        for (int[] span : model.names(text.substring(lineStart, lineEnd))) {
          spans.add(new int[] {lineStart + span[0], lineStart + span[1]});
        }
      }
      lineStart = lineEnd + 1;
    }
    for (int[] span : spans) {
      consider(finder, kept, span[0], span[1], spans);
    }
  }

  private static void consider(
      PersonFinder finder, Protected kept, int from, int end, List<int[]> spans) {
    String text = finder.text;
    if (finder.persons.containsKey(text.substring(from, end))) {
      return; // the rules found this one
    }
    if (givenNameConfirms(finder, kept, from, end, spans)) {
      return;
    }
    for (int start = from; start <= end - 2; start++) {
      String name = finder.boundary.at(start);
      if (name == null || name.length() < 2 || start + name.length() > end) {
        continue; // the rules read no name here, or a longer one than the model saw
      }
      // 家属韩冬梅: the model's span may include the word before the name; a name read further in
      // must end where the span ends
      if (start == from || start + name.length() == end) {
        accept(finder, kept, name, start, start == from && start + name.length() == end);
      }
      return;
    }
  }

  private static void accept(
      PersonFinder finder, Protected kept, String name, int start, boolean exact) {
    String text = finder.text;
    int nameEnd = start + name.length();
    if (name.length() == 2 && Lexicon.WEAK_SURNAMES.contains(name.charAt(0))) {
      return; // 和他, 向其: a particle, not a surname, unless a rule said otherwise
    }
    // 扎西, 德吉: a name without a surname the model read exactly (ADR 0030)
    boolean minority = exact && MinorityNames.whole(name);
    boolean han = Lexicon.isHan(name.charAt(0)) && !name.contains("·") && !minority;
    // 海归, 左肺, 羊只: two characters the dictionary does not know are a name only when they recur
    // or when the model read exactly them (ADR 0030)
    if (han
        && name.length() == 2
        && (Lexicon.COMMON_SURNAMES.indexOf(name.charAt(0)) < 0
            || finder.boundary.count(name) < 2 && !exact)) {
      return;
    }
    if (han && (insideWords(text, name, start) || opensAWord(text, start, nameEnd))
        || overlapsKnown(finder, start, start + name.length())) {
      return;
    }
    if (kept.overlaps(start, nameEnd)
        || afterOfficialTitle(text, start)
        || finder.persons.containsKey(name)
        || placeOrFirm(text, nameEnd)
        || Lexicon.isHan(name.charAt(0))
            && !name.contains("·")
            && Vocabulary.dictionaryWord(name)) {
      return;
    }
    finder.add(name, null, start, false);
  }

  /**
   * What no model proposal may be, because a word reads there (the rules' own names may): a name
   * that starts inside a word (交易明细, 谅解书, 资金流水), opens with one (万能钥匙, 付款记录), has a word for its
   * given name (金项链, 付房租), ends with a place word (向阳路), or is a particle before a name (向熊伟).
   */
  private static boolean insideWords(String text, String name, int start) {
    String head = name.substring(0, 2);
    String given = name.substring(1);
    return startsInsideWord(text, start)
        || Vocabulary.commonWord(head) && !Vocabulary.personWord(head)
        || name.length() == 3 && Vocabulary.commonWord(given) && !Vocabulary.personWord(given)
        || Lexicon.PLACE_SUFFIXES.indexOf(name.charAt(name.length() - 1)) >= 0
        || name.length() == 3
            && Lexicon.WEAK_SURNAMES.contains(name.charAt(0))
            && Lexicon.isSurname(name.charAt(1))
        || given.chars().anyMatch(c -> NOT_GIVEN.indexOf(c) >= 0);
  }

  /**
   * 邓小平理论, 雷锋精神: a name that opens a longer dictionary word is part of a term, not a person of the
   * case (the retrained model reads the name in it, ADR 0030).
   */
  private static boolean opensAWord(String text, int start, int end) {
    for (int e = end + 1; e <= Math.min(text.length(), end + 3); e++) {
      if (Vocabulary.commonWord(text.substring(start, e))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs and particles no given name is made of (管得严, 后当即, 后分三次). */
  private static final String NOT_GIVEN = "得当分着过把让给要就还又才再很更最";

  /**
   * 我和肖向阳…向阳拉我走, 我和张胜实在…胜实拉我走: where the rules read a three-character name short (张胜, because 实在 is
   * a word) or not at all (向 is a particle), the model's reading wins when its given name also
   * stands alone in the document. A shorter person the rules found is replaced when every
   * occurrence of it is the longer name.
   */
  private static boolean givenNameConfirms(
      PersonFinder finder, Protected kept, int from, int end, List<int[]> spans) {
    String text = finder.text;
    String name = text.substring(from, end);
    if (name.length() != 3
        || !name.chars().allMatch(c -> Lexicon.isHan((char) c))
        || !Lexicon.isSurname(name.charAt(0))
        || finder.persons.containsKey(name)
        || kept.overlaps(from, end)
        || !standsAlone(text, name.substring(1), name.charAt(0), spans)) {
      return false;
    }
    String shorter = name.substring(0, 2);
    Person read = finder.persons.get(shorter);
    if (read != null) {
      if (finder.boundary.count(shorter) != finder.boundary.count(name)) {
        return false;
      }
      finder.persons.remove(shorter);
      Person longer = finder.add(name, read.role, read.firstAt, true);
      if (longer != null) {
        longer.aliases.addAll(read.aliases);
      }
      return true;
    }
    if (overlapsKnown(finder, from, end) || startsInsideWord(text, from)) {
      return false;
    }
    finder.add(name, null, from, false);
    return true;
  }

  /**
   * The given name somewhere without the surname before it, where the model read it as a name too
   * or, when it is no word, at the start of a clause (，胜实拉我走; not 第二项规定…的规定).
   */
  private static boolean standsAlone(String text, String given, char surname, List<int[]> spans) {
    for (int[] span : spans) {
      if (span[1] - span[0] == given.length()
          && text.startsWith(given, span[0])
          && (span[0] == 0 || text.charAt(span[0] - 1) != surname)) {
        return true;
      }
    }
    if (Vocabulary.commonWord(given)) {
      return false;
    }
    for (int at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + 1)) {
      if (at > 0 && "，,。；;：:“\"".indexOf(text.charAt(at - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsInsideWord(String text, int start) {
    return start > 0
        && Lexicon.isHan(text.charAt(start - 1))
        && (Vocabulary.commonWord(text.substring(start - 1, start + 1))
            || insideLongerWord(text, start));
  }

  /** 锡林郭勒盟: a word of three to five characters begins before the proposal and runs into it. */
  private static boolean insideLongerWord(String text, int start) {
    for (int b = Math.max(0, start - 2); b < start; b++) {
      for (int e = start + 1; e <= Math.min(text.length(), b + 5); e++) {
        if (e - b >= 3 && Vocabulary.commonWord(text.substring(b, e))) {
          return true;
        }
      }
    }
    return false;
  }

  /** 开发商王建国: a proposal overlapping a name the rules found is that name, read wrong. */
  private static boolean overlapsKnown(PersonFinder finder, int start, int end) {
    // only the window around the proposal is read: a table of two thousand people has two thousand
    // proposals and two thousand known names
    for (String k : finder.persons.keySet()) {
      for (int at = Math.max(0, start - k.length() + 1); at < end; at++) {
        if (finder.text.startsWith(k, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * 值班律师乌日娜, 审判员：X: whoever an official's or a lawyer's title introduces acts in office and is
   * kept, even where no rule made the title a kept span (the model reads the name there, ADR 0030).
   */
  private static boolean afterOfficialTitle(String text, int start) {
    int end = start;
    while (end > 0 && "：: 　".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (text.startsWith("律师", end - 2)) {
      return true;
    }
    for (String title : Lexicon.OFFICIAL_TITLES) {
      if (text.startsWith(title, end - title.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean placeOrFirm(String text, int end) {
    // 吉仁高勒镇: a place word one character further on is a place's name too
    return end + 1 < text.length() && "镇乡县区市旗州".indexOf(text.charAt(end + 1)) >= 0
        || end < text.length()
            && (Lexicon.PLACE_SUFFIXES.indexOf(text.charAt(end)) >= 0
                || Lexicon.FIRMS_AND_PLACES.stream().anyMatch(w -> text.startsWith(w, end)));
  }
}
