package org.sunshine.redaction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Latin spelling of a name given in brackets after it (阮文雄（NGUYEN VAN HUNG）, 父亲梭温（SOE WIN）):
 * the same person's name in another script. Part of {@link PersonFinder}.
 */
final class LatinSpellings {

  private LatinSpellings() {}

  /** 阮文雄（NGUYEN VAN HUNG）: the Latin spelling of a name given in brackets after it. */
  private static final Pattern LATIN_SPELLING =
      Pattern.compile(
          "(\\p{IsHan}[\\p{IsHan}·]{1,15})[（(]\\s*(?:英文名|英文姓名|护照姓名|外文名)?[：:]?\\s*"
              + "([A-Za-z][A-Za-z'\\-]+(?:[ .,]{1,2}[A-Za-z][A-Za-z'\\-]*){0,4})\\s*[）)，,；;]");

  /**
   * 父亲梭温（SOE WIN）: a role or kinship word, two to five characters and a Latin name in capitals (one
   * word of four letters or more, or several words) in brackets are a foreigner named in both
   * scripts, whatever the characters.
   */
  /**
   * What every Latin spelling needs: a bracket and a Latin letter. Most documents have none, and
   * the spelling's own pattern, which opens with a run of characters, would be tried at each one.
   */
  private static final Pattern LATIN_IN_BRACKETS =
      Pattern.compile("[（(]\\s*(?:英文名|英文姓名|护照姓名|外文名)?[：:]?\\s*[A-Za-z]");

  static boolean anyIn(String text) {
    return LATIN_IN_BRACKETS.matcher(text).find();
  }

  private static final Pattern CAPITALISED_WORDS =
      Pattern.compile("[A-Z][A-Za-z'\\-]*(?:[ .,]{1,2}[A-Z][A-Za-z'\\-]*)+");

  static void fromTransliterations(PersonFinder f) {
    if (!anyIn(f.text)) {
      return;
    }
    Matcher m = LATIN_SPELLING.matcher(f.text);
    while (m.find()) {
      String latin = m.group(2).strip();
      boolean oneWord = latin.indexOf(' ') < 0;
      // 索姆查伊（Somchai SRISUK）, 杰森·吴（Jason WU）: a passport's capitals, or a given name before a
      // surname in capitals, or every word capitalised
      boolean shaped =
          latin.equals(latin.toUpperCase(Locale.ROOT))
              || !oneWord && CAPITALISED_WORDS.matcher(latin).matches();
      if (!shaped || oneWord && latin.length() < 4) {
        continue;
      }
      String run = m.group(1);
      int cut = -1;
      for (List<String> roles : List.of(Lexicon.STRONG_ROLES, Lexicon.WEAK_ROLES)) {
        for (String role : roles) {
          int i = run.lastIndexOf(role);
          if (i >= 0) {
            cut = Math.max(cut, i + role.length());
          }
        }
      }
      // 因索姆查伊（Somchai SRISUK）: without a role word, a run of the characters that render foreign
      // sounds, which no Han surname opens
      String name = cut < 0 ? Transliterations.endingRun(run) : run.substring(cut);
      // 父亲颂猜（SOMCHAI）: a one-word Latin name (Thai, Burmese and Indonesian people often have one)
      // is a name only where its characters are no word (使用（WIFI）)
      if (name != null
          && name.length() >= 2
          && name.length() <= 5
          && !name.contains("某")
          && !(oneWord && Vocabulary.commonWord(name))) {
        Person p = f.add(name, null, m.start(1) + cut, true);
        if (p != null) {
          p.forms.add(latin);
          f.boundary.know(List.of(latin));
        }
      }
    }
  }

  static void fromLatinSpellings(PersonFinder f) {
    if (!anyIn(f.text)) {
      return;
    }
    Scan scan = new Scan(LATIN_SPELLING, f.text);
    Matcher m = scan.matcher();
    while (scan.find()) {
      String run = m.group(1);
      for (Person p : List.copyOf(f.persons.values())) {
        if (run.endsWith(p.name) || p.chineseName != null && run.endsWith(p.chineseName)) {
          String latin = m.group(2).strip();
          p.forms.add(latin);
          f.boundary.know(List.of(latin));
          break;
        }
      }
    }
  }
}
