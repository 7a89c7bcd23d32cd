package org.sunshine.redaction;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import java.util.regex.Pattern;

/**
 * 其辅导员陆海英证实, 兽医马建华出具的诊断意见: the dictionary tags occupations and titles (nnt: 辅导员, 兽医, 会计) far beyond
 * any list of role words. A full name that HanLP reads right after such a title, led by a surname,
 * is the person who holds it — unless the title is an office whose holders the document names in
 * their official capacity (检察官, 民警, 局长…), which stay.
 */
final class OccupationTitles {

  /** Offices and professions whose holders are kept, or are read by their own rules. */
  private static final Pattern OFFICE =
      Pattern.compile(
          "警|检察|法官|审判|书记|陪审|律师|公证|院长|庭长|局长|厅长|所长|处长|主席|委员|代表|人大|政协|干警|执行|监督|" + "主任|队长|书记员|法医|鉴定");

  private OccupationTitles() {}

  /**
   * The term before {@code at} is a title, not an office, and {@code name} is a surname-led full
   * name.
   */
  static boolean introduces(String text, Term before, int at, String name) {
    return before != null
        && name != null
        && name.length() == 3
        && before.nature == Nature.nnt
        && before.offset + before.word.length() == at
        && Lexicon.isSurname(name.charAt(0))
        && !Lexicon.WEAK_SURNAMES.contains(name.charAt(0))
        && !Lexicon.OFFICIAL_TITLES.contains(before.word)
        // 检察官助理 read as 检察官 + 助理: the office may start before the tagged word
        && !OFFICE.matcher(text.substring(Math.max(0, before.offset - 4), at)).find()
        && !Vocabulary.dictionaryWord(name)
        && !Vocabulary.plainWord(name.substring(1));
  }
}
