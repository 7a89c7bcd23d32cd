package org.sunshine.redaction;

import java.util.BitSet;

/**
 * The characters a text holds, read once: a word with a character the text lacks needs no scan of
 * the text (most role words and nicknames in most documents).
 */
final class PresentChars {

  private final BitSet present = new BitSet(Character.MAX_VALUE + 1);

  PresentChars(String text) {
    for (int i = 0; i < text.length(); i++) {
      present.set(text.charAt(i));
    }
  }

  /** Every character of {@code word} is in the text, so it may occur there. */
  boolean mayHold(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!present.get(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
