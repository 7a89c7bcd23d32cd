package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each person a pseudonym (case-stable through the {@link PseudonymMap}) and proposes a
 * finding for every occurrence of every form of their name. A given name used alone is replaced
 * only where it stands as a name (after a quote mark or a word like 与/喊, or before a delimiter) and
 * never before a place suffix (向阳路, 长安区).
 */
final class Anonymiser {

  private static final String BEFORE_GIVEN = "“\"「『‘与和跟对叫喊称给让找同及、向";
  private static final String AFTER_GIVEN = "，,。！!？?”\"」』’、：:；;";

  private Anonymiser() {}

  static PseudonymMap pseudonyms(List<Person> persons, PseudonymMap existing) {
    List<String> order = new ArrayList<>();
    for (Person p : persons) {
      order.add(p.pseudonymKey());
    }
    return existing.extend(order);
  }

  static void addGivenForms(List<Person> persons) {
    for (Person p : persons) {
      for (String form : List.copyOf(p.forms)) {
        if (form.contains("·")) {
          for (String part : form.split("·")) {
            if (part.length() >= 2) {
              p.givenForms.add(part);
            }
          }
        } else if (form.length() == 3 && allHan(form) && !compound(form)) {
          p.givenForms.add(form.substring(1));
        } else if (form.length() == 4 && allHan(form) && compound(form)) {
          p.givenForms.add(form.substring(2));
        }
      }
    }
  }

  static void find(
      String folded,
      String original,
      List<Person> persons,
      PseudonymMap map,
      Protected kept,
      Findings out) {
    for (Person p : persons) {
      String pseudonym = map.get(p.pseudonymKey());
      for (String form : p.forms) {
        each(
            folded,
            form,
            (s, e) -> {
              if (!kept.overlaps(s, e)) {
                out.add(s, e, original, Category.NAME, p.role, "person-name", 0.9, pseudonym);
              }
            });
      }
      for (String given : p.givenForms) {
        each(
            folded,
            given,
            (s, e) -> {
              if (!kept.overlaps(s, e) && standsAlone(folded, s, e)) {
                out.add(s, e, original, Category.NAME, p.role, "given-name-alone", 0.75, pseudonym);
              }
            });
      }
      for (String alias : p.aliases) {
        each(
            folded,
            alias,
            (s, e) -> {
              if (!kept.overlaps(s, e)) {
                out.add(s, e, original, Category.NAME, p.role, "alias", 0.85, "**");
              }
            });
      }
    }
  }

  private static boolean standsAlone(String text, int start, int end) {
    if (end < text.length() && Lexicon.PLACE_SUFFIXES.indexOf(text.charAt(end)) >= 0) {
      return false;
    }
    boolean before =
        start == 0
            || !Lexicon.isHan(text.charAt(start - 1))
            || BEFORE_GIVEN.indexOf(text.charAt(start - 1)) >= 0;
    boolean after = end >= text.length() || AFTER_GIVEN.indexOf(text.charAt(end)) >= 0;
    return before || after;
  }

  /**
   * Every occurrence, also where a line break or spaces split the name (張 三 at the end of a line).
   */
  private static void each(
      String text, String form, java.util.function.BiConsumer<Integer, Integer> action) {
    StringBuilder rx = new StringBuilder();
    form.codePoints()
        .forEach(
            cp -> {
              if (rx.length() > 0) {
                rx.append("[ \\t\\r\\n　]{0,2}");
              }
              rx.append(java.util.regex.Pattern.quote(new String(Character.toChars(cp))));
            });
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(rx.toString()).matcher(text);
    while (m.find()) {
      action.accept(m.start(), m.end());
    }
  }

  private static boolean allHan(String s) {
    return s.chars().allMatch(c -> Lexicon.isHan((char) c));
  }

  private static boolean compound(String s) {
    return Lexicon.COMPOUND_SURNAMES.stream().anyMatch(s::startsWith);
  }
}
