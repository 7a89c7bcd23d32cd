package org.sunshine.redaction;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.function.Predicate;

/**
 * What HanLP's core dictionary says about a word: whether it is an ordinary word, a name, or both
 * (高峰 is a noun and a name). The rules ask it to tell names from the words around them.
 */
final class Vocabulary {

  private static final Predicate<String> NAME = tag -> tag.startsWith("nr");

  private Vocabulary() {}

  /** In the dictionary with at least one meaning that is not a person's name (高峰, 国庆节). */
  static boolean commonWord(String word) {
    return any(word, NAME.negate());
  }

  /**
   * In the dictionary with a meaning that is neither a name nor another proper noun (决议, 部门; not
   * 文杰).
   */
  static boolean ordinaryWord(String word) {
    return any(word, tag -> !NAME.test(tag) && !tag.equals("nz"));
  }

  /**
   * In the dictionary with a meaning that is no proper noun at all (建设, 平安; not 建华, a name and a
   * district, nor 长春, a city): what a given name standing alone cannot be read as a name for.
   */
  static boolean plainWord(String word) {
    return any(
        word,
        tag ->
            !NAME.test(tag) && !tag.startsWith("ns") && !tag.equals("nz") && !tag.startsWith("nt"));
  }

  /** In the dictionary as a verb and never as a name (经营, 转移; not 建设, which is a name too). */
  static boolean verb(String word) {
    return any(word, tag -> tag.startsWith("v")) && !personWord(word);
  }

  /** In the dictionary as an adverb as well as whatever else it is (连续 a/ad, 多次). */
  static boolean adverbToo(String word) {
    return any(word, tag -> tag.equals("ad") || tag.equals("d"));
  }

  /** In the dictionary as a person's name, among other meanings (高峰, 江山). */
  static boolean personWord(String word) {
    return any(word, NAME);
  }

  /** In the dictionary and never a person's name. */
  static boolean dictionaryWord(String word) {
    return CoreDictionary.get(word) != null && !personWord(word);
  }

  private static boolean any(String word, Predicate<String> tag) {
    CoreDictionary.Attribute attribute = CoreDictionary.get(word);
    if (attribute == null) {
      return false;
    }
    for (Nature n : attribute.nature) {
      if (tag.test(n.toString())) {
        return true;
      }
    }
    return false;
  }
}
