package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whom an official or an officer acted on (书记员把张小山先后带走, 法官助理向孙立平分别送达, 检察人员向褚小凤送达, 民警对钱晓东进行询问):
 * after the title or occupation word, and the official's own name if it is given (书记员张某向…), a
 * preposition that takes an object (把, 向, 对, 将, 与, 给) introduces a party, never an official. The
 * name after it is a person however the title reads the characters that follow it; the official
 * keeps a name only when it stands right after the title. Part of {@link PersonFinder}.
 */
final class ActedOnPeople {

  /** Prepositions whose object is whom the official dealt with. */
  static final String OBJECT_PREPOSITIONS = "把向对将与给";

  /** Occupation words whose holders act on others in the narrative (民警把…带走, 工作人员向…送达). */
  private static final List<String> OFFICERS =
      List.of("人员", "民警", "警察", "辅警", "干警", "执法员", "网格员", "工作人员");

  private static final List<String> WORDS = words();

  private ActedOnPeople() {}

  private static List<String> words() {
    List<String> all = new ArrayList<>(Lexicon.OFFICIAL_TITLES);
    all.addAll(OFFICERS);
    return List.copyOf(all);
  }

  /** An occupation word after which a preposition opens whom its holder acted on. */
  static boolean officer(String role) {
    return role.endsWith("人员") || OFFICERS.contains(role);
  }

  static void find(PersonFinder f) {
    for (String word : WORDS) {
      for (int at = f.text.indexOf(word); at >= 0; at = f.text.indexOf(word, at + 1)) {
        int pos = at + word.length();
        pos = afterOwnName(f, pos);
        String name = objectAt(f, pos);
        if (name != null) {
          f.add(name, null, pos + 1, false);
        }
      }
    }
  }

  /** 书记员张某向…: the official's own kept name between the title and the preposition. */
  private static int afterOwnName(PersonFinder f, int pos) {
    for (String kept : f.keptNames) {
      if (!kept.isEmpty()
          && f.text.startsWith(kept, pos)
          && pos + kept.length() < f.text.length()
          && OBJECT_PREPOSITIONS.indexOf(f.text.charAt(pos + kept.length())) >= 0) {
        return pos + kept.length();
      }
    }
    return pos;
  }

  /**
   * The person a preposition at {@code pos} takes as its object: a name led by a surname, no word
   * and no role word (法官向原告释明, 民警将其带回 and 检察官与社工共同 name nobody).
   */
  static String objectAt(PersonFinder f, int pos) {
    if (pos + 3 > f.text.length() || OBJECT_PREPOSITIONS.indexOf(f.text.charAt(pos)) < 0) {
      return null;
    }
    int start = pos + 1;
    if (!Lexicon.isSurname(f.text.charAt(start))
        || Lexicon.WEAK_SURNAMES.contains(f.text.charAt(start))) {
      return null;
    }
    // 孙立平|分别送达: a name closed by the word after it, before the shorter reading 孙立|平分
    String closed = closedByAdverb(f.text, start);
    if (closed == null) {
      closed = OfficialsAtWork.nameAt(f.text, start);
    }
    String name = closed != null ? closed : f.boundary.at(start);
    if (name == null
        || name.length() < 2
        || name.length() > 4
        || !name.chars().allMatch(c -> Lexicon.isHan((char) c))
        || Vocabulary.commonWord(name)
        || Vocabulary.commonWord(name.substring(0, 2))
        || Lexicon.NOT_NAMES.contains(name)
        || Lexicon.STRONG_ROLES.stream().anyMatch(name::startsWith)
        || Lexicon.WEAK_ROLES.stream().anyMatch(r -> r.length() >= 2 && name.startsWith(r))) {
      return null;
    }
    return name;
  }

  /** How the official went on to act on the person (向孙立平分别送达, 把张小山先后带走). */
  private static final Pattern ADVERB = Pattern.compile("分别|先后|一同|一并|共同|进行|依法|当面|当场");

  /**
   * 孙立平|分别送达: a three-character name closed by an adverb of what the official did, though its last
   * character opens a word with the next one (平分), which would cut it short.
   */
  private static String closedByAdverb(String text, int start) {
    int end = start + 3;
    if (end + 2 > text.length()
        || !Lexicon.isHan(text.charAt(start + 1))
        || !Lexicon.isHan(text.charAt(start + 2))
        || Lexicon.NOT_IN_NAME.contains(text.charAt(start + 1))
        || Lexicon.NOT_IN_NAME.contains(text.charAt(start + 2))) {
      return null;
    }
    return ADVERB.matcher(text).region(end, text.length()).lookingAt()
        ? text.substring(start, end)
        : null;
  }
}
