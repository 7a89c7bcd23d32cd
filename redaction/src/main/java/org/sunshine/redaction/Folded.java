package org.sunshine.redaction;

/**
 * The text with full-width digits, letters and number punctuation (１２３, ＡＢ, －, ＠) folded to ASCII
 * and unusual spaces to a plain space, character for character, so offsets in the folded text are
 * offsets in the original. Detectors match here and replace in the original. Chinese punctuation
 * (，（）：) stays as it is; a dot of any shape between two Chinese characters is the middle dot of a
 * transliterated name.
 */
final class Folded {

  private static final String FOLDED_SYMBOLS = "＋－．＠＿＃＊／";

  /** Dots writers put between the parts of a transliterated name instead of the middle dot. */
  private static final String NAME_DOTS = "•・∙‧．.";

  private Folded() {}

  static String fold(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (NAME_DOTS.indexOf(c) >= 0
          && i > 0
          && i + 1 < out.length
          && Lexicon.isHan(out[i - 1])
          && Lexicon.isHan(out[i + 1])) {
        out[i] = '·'; // 热西提•依明, 艾合买提．吾斯曼: whatever dot a writer put between two parts of a name
      } else if ((c >= '０' && c <= '９')
          || (c >= 'Ａ' && c <= 'Ｚ')
          || (c >= 'ａ' && c <= 'ｚ')
          || FOLDED_SYMBOLS.indexOf(c) >= 0) {
        out[i] = (char) (c - 0xFEE0);
      } else if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE63') {
        out[i] = '-';
      } else if (c == '\u00A0'
          || c == '\u200B'
          || c == '\u200C'
          || c == '\u200D'
          || c == '\u2060'
          || c == '\uFEFF') {
        out[i] = ' ';
      }
    }
    return new String(out);
  }
}
