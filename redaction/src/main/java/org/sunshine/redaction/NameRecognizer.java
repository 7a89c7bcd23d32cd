package org.sunshine.redaction;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The last resort for names no rule introduced: HanLP's person recognition proposes, and a
 * candidate is accepted only when it starts with a surname, is no ordinary word, lies outside kept
 * text, and stands where a person stands (before 证实/称/的陈述/（/、, after 与/和/伙同/向…, or occurs twice).
 * The boundary is re-derived by our rules, because HanLP's own span is often wrong (张怀 for 张怀玉).
 */
final class NameRecognizer {

  private static final List<String> AFTER =
      List.of(
          "证实", "称", "的证言", "的陈述", "陈述", "供述", "（", "(", "、", "系", "等人", "等", "驾驶", "报警", "到", "向",
          "因", "被", "将", "在", "于", "对", "用", "与", "和", "及", "家", "处", "的", "说", "表示", "提出", "签",
          "借", "欠", "遂", "即", "便", "又", "还", "持", "从", "通过", "名下", "先后", "多次", "明知", "伙同");
  private static final String BEFORE = "与和及、伙同向对被将让叫找给跟同帮替把请由经";

  private NameRecognizer() {}

  static List<String> candidates(
      String text,
      NameBoundary boundary,
      Protected kept,
      Set<String> keptNames,
      Collection<String> known) {
    Segment segment =
        HanLP.newSegment()
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableOffset(true);
    List<String> found = new ArrayList<>();
    Term previous = null;
    for (Term term : segment.seg(text)) {
      Term before = previous;
      previous = term;
      if (term.nature != Nature.nr || term.word.length() < 2 || term.word.length() > 4) {
        continue;
      }
      int at = term.offset;
      String name = boundary.at(at);
      boolean titled = OccupationTitles.introduces(text, before, at, name);
      if (name == null
          || name.length() < 2
          || known.contains(name)
          || found.contains(name)
          || keptNames.stream().anyMatch(k -> k.contains(name) || name.contains(k))
          || kept.overlaps(at, at + name.length())
          || startsInsideWord(text, at)
          || Lexicon.NOT_NAMES.contains(name)
          || Vocabulary.dictionaryWord(name)
          || Vocabulary.dictionaryWord(name.substring(0, 2)) && !titled
          || prepositionBeforeAWord(name)
          || name.charAt(1) == '氏' // 秦氏网咖: 氏 follows a surname to name a family or a shop
          || known.stream().anyMatch(k -> k.contains(name))
          || known.stream()
              .anyMatch(k -> text.startsWith(k, at + 1) || text.startsWith(k, at + 2))) {
        continue;
      }
      int end = at + name.length();
      boolean placeOrFirm =
          end < text.length()
              && (Lexicon.PLACE_SUFFIXES.indexOf(text.charAt(end)) >= 0
                  || text.startsWith("社区", end)
                  || text.startsWith("公司", end)
                  || text.startsWith("物资", end)
                  || text.startsWith("集团", end)
                  || Lexicon.CUSTODY.stream().anyMatch(w -> text.startsWith(w, end)));
      boolean likely =
          name.length() == 3
              && Lexicon.COMMON_SURNAMES.indexOf(name.charAt(0)) >= 0
              && (boundary.count(name) >= 2 || before(text, at) || after(text, end));
      if (!placeOrFirm && (personContext(text, at, end) || likely || titled)) {
        found.add(name);
      }
    }
    return found;
  }

  /**
   * Surnames that are also prepositions opening a phrase (将, 对…); not 于 or 向, which are common
   * surnames (于海龙).
   */
  private static final String PREPOSITIONS = "将对被给从为以由经把跟";

  /**
   * 对社会公众负责: a preposition that is also a surname, before a two-character word that is never a
   * person's name, opens a phrase; HanLP may read 对社会 as a name there.
   */
  private static boolean prepositionBeforeAWord(String name) {
    return name.length() == 3
        && PREPOSITIONS.indexOf(name.charAt(0)) >= 0
        && Vocabulary.dictionaryWord(name.substring(1));
  }

  /** 对方微信: a candidate whose first character ends the word before it (对方) is no name. */
  private static boolean startsInsideWord(String text, int start) {
    return start > 0
        && Lexicon.isHan(text.charAt(start - 1))
        && Vocabulary.commonWord(text.substring(start - 1, start + 1));
  }

  private static boolean before(String text, int start) {
    return start == 0
        || BEFORE.indexOf(text.charAt(start - 1)) >= 0
        || CLAUSE_START.indexOf(text.charAt(start - 1)) >= 0;
  }

  private static boolean after(String text, int end) {
    return AFTER.stream().anyMatch(w -> text.startsWith(w, end));
  }

  /**
   * After a connecting word (与, 伙同…) or at the start of a clause (，宁国富于…), and before what follows
   * a person.
   */
  private static boolean personContext(String text, int start, int end) {
    boolean before =
        start == 0
            || BEFORE.indexOf(text.charAt(start - 1)) >= 0
            || CLAUSE_START.indexOf(text.charAt(start - 1)) >= 0;
    boolean after = AFTER.stream().anyMatch(w -> text.startsWith(w, end));
    return before && after;
  }

  private static final String CLAUSE_START = "，,。；;：:\n“\"";
}
