package org.sunshine.platform.hearings;

import java.text.Normalizer;
import java.util.Collection;
import java.util.regex.Pattern;
import org.sunshine.platform.texts.BadInput;

/**
 * What a hearing shows the public (its subject, place and outcome) is checked as the public will
 * read it: full-width digits folded and separators dropped first, so 张 三, １３８００１３８０００ or a case
 * number typed with other brackets is caught like the plain form.
 */
final class PublicWording {

  private static final Pattern SEPARATORS =
      Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}·•・]+");
  private static final Pattern LONG_NUMBER = Pattern.compile("\\d{6,}");

  private PublicWording() {}

  /**
   * Fails with a field error when the text names a party, holds the case number or a run of six or
   * more digits (an ID, a mobile).
   */
  static void check(String field, String text, Collection<String> partyNames, String caseNumber) {
    if (text == null) {
      return;
    }
    String plain = plain(text);
    boolean names =
        partyNames.stream()
            .filter(n -> n != null && plain(n).length() > 1)
            .anyMatch(n -> plain.contains(plain(n)));
    boolean number = caseNumber != null && plain.contains(plain(caseNumber));
    if (names || number || LONG_NUMBER.matcher(plain).find()) {
      throw BadInput.at(field, "hearings.public-wording.names-party");
    }
  }

  private static String plain(String s) {
    return SEPARATORS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
  }
}
