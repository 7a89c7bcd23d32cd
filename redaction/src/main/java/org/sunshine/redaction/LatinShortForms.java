package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short forms of a foreigner's Latin name: people call CHUKWUEMEKA Emeka, ALEXANDER Alex, the
 * head or the tail of one part of the spelling. A Latin word of the document that stands alone
 * (capitalised, four letters or more, no identifier around it) and is the beginning or the end of a
 * longer part of a person's Latin name is that person's name too; the whole parts are added by
 * {@link NameForms#add}.
 */
final class LatinShortForms {

  /** A capitalised Latin word standing alone, not inside an identifier (davidmiller_md, a@b.cn). */
  private static final Pattern WORD =
      Pattern.compile("(?<![A-Za-z0-9_@.\\-])[A-Z][A-Za-z]{3,}(?![A-Za-z0-9_@\\-])");

  private static final Pattern LATIN_NAME =
      Pattern.compile("[A-Za-z][A-Za-z'\\-]+(?:[ .][A-Za-z][A-Za-z'\\-]*)*");

  /** The short form leaves at least this many letters of the part out: EMEKA of CHUKWUEMEKA. */
  private static final int LEFT_OUT = 2;

  /**
   * JOHNSON is John's son, PETERSEN Peter's, IVANOV Ivan's, MACDONALD Donald's: a part made of
   * another given name and a patronymic ending or head names the father, so John, Peter, Ivan or
   * Donald standing alone is somebody else unless the document says they are the same (an alias, a
   * bracket), which the alias rules read.
   */
  private static final Pattern PATRONYMIC_ENDING =
      Pattern.compile(
          "s|es|son|sen|sson|ez|es|ov|ova|ev|eva|ovich|evich|ovna|evna|enko|escu|ian|yan|opoulos|oglu|zadeh");

  private static final Pattern PATRONYMIC_HEAD = Pattern.compile("mac|mc|fitz|ap|ab");

  private LatinShortForms() {}

  static void add(String text, List<Person> persons) {
    List<Person> latin = new ArrayList<>();
    for (Person p : persons) {
      if (p.forms.stream().anyMatch(f -> LATIN_NAME.matcher(f).matches())) {
        latin.add(p);
      }
    }
    if (latin.isEmpty()) {
      return;
    }
    Set<String> words = new LinkedHashSet<>();
    Scan scan = new Scan(WORD, text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      words.add(m.group());
    }
    for (Person p : latin) {
      for (String form : List.copyOf(p.forms)) {
        if (!LATIN_NAME.matcher(form).matches()) {
          continue;
        }
        for (String part : form.split("[ .\\-']+")) {
          String lower = part.toLowerCase(Locale.ROOT);
          for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            if (lower.length() - w.length() >= LEFT_OUT
                && (lower.startsWith(w)
                        && !PATRONYMIC_ENDING.matcher(lower.substring(w.length())).matches()
                    || lower.endsWith(w)
                        && !PATRONYMIC_HEAD
                            .matcher(lower.substring(0, lower.length() - w.length()))
                            .matches())) {
              p.givenForms.add(word);
            }
          }
        }
      }
    }
  }
}
