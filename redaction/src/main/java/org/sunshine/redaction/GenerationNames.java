package org.sunshine.redaction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brothers and sisters share a surname and a generation character (字辈): 桂向东's brother is 桂向北. A
 * three-character name right after a kinship word (其弟桂向北, 哥哥桂向南) that begins with the surname and
 * the generation character of a person the document names is a relative's name, even when its last
 * character makes a word of the two before it (向北, 向南) and no other rule would read it. One pass
 * over the text, whatever the number of people.
 */
final class GenerationNames {

  private static final String KINSHIP = "兄弟姐妹哥";

  private GenerationNames() {}

  static void find(PersonFinder f) {
    Map<String, Person> stems = new HashMap<>();
    for (Person p : List.copyOf(f.persons.values())) {
      if (p.name.length() == 3 && p.name.chars().allMatch(c -> Lexicon.isHan((char) c))) {
        stems.putIfAbsent(p.name.substring(0, 2), p);
      }
    }
    if (stems.isEmpty()) {
      return;
    }
    String text = f.text;
    for (int at = 1; at + 3 <= text.length(); at++) {
      if (KINSHIP.indexOf(text.charAt(at - 1)) < 0) {
        continue;
      }
      Person p = stems.get(text.substring(at, at + 2));
      if (p == null) {
        continue;
      }
      char last = text.charAt(at + 2);
      String sibling = text.substring(at, at + 3);
      if (!sibling.equals(p.name)
          && Lexicon.isHan(last)
          && !Lexicon.NOT_IN_NAME.contains(last)
          && !Lexicon.AFTER_NAME.contains(last)
          && !f.persons.containsKey(sibling)) {
        // the relative's role is their kinship to p, not p's role (其弟 of an accused is no accused)
        f.add(sibling, String.valueOf(text.charAt(at - 1)), at, true);
        Person cut = f.persons.get(sibling.substring(0, 2));
        if (cut != null && cut.firstAt == at) {
          // 其弟祁振 read short where the sibling stands: a misreading, which would otherwise mask
          // the part of the accused's kept name it shares (祁振东) under the statutory minimum
          f.persons.remove(cut.name);
        }
      }
    }
  }
}
