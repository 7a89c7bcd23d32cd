package org.sunshine.redaction;

import java.util.List;

/**
 * Brothers and sisters share a surname and a generation character (字辈): 桂向东's brother is 桂向北. A
 * three-character name right after a kinship word (其弟桂向北, 哥哥桂向南) that begins with the surname and
 * the generation character of a person the document names is a relative's name, even when its last
 * character makes a word of the two before it (向北, 向南) and no other rule would read it.
 */
final class GenerationNames {

  private static final String KINSHIP = "兄弟姐妹哥";

  private GenerationNames() {}

  static void find(PersonFinder f) {
    for (Person p : List.copyOf(f.persons.values())) {
      String name = p.name;
      if (name.length() != 3 || !name.chars().allMatch(c -> Lexicon.isHan((char) c))) {
        continue;
      }
      String stem = name.substring(0, 2);
      for (int at = f.text.indexOf(stem); at >= 0; at = f.text.indexOf(stem, at + 1)) {
        if (at == 0 || at + 3 > f.text.length() || KINSHIP.indexOf(f.text.charAt(at - 1)) < 0) {
          continue;
        }
        char last = f.text.charAt(at + 2);
        String sibling = f.text.substring(at, at + 3);
        if (!sibling.equals(name)
            && Lexicon.isHan(last)
            && !Lexicon.NOT_IN_NAME.contains(last)
            && !Lexicon.AFTER_NAME.contains(last)
            && !f.persons.containsKey(sibling)) {
          f.add(sibling, p.role, at, true);
        }
      }
    }
  }
}
