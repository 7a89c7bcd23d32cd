package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a notice is addressed to (驳回申诉通知书 … 满桂兰：|　　你因…): a name alone on its line before a
 * colon near the top of a document that goes on to say 你. A body addressed so (某某区人民法院：, 某县公安局：) is
 * no person, and neither is a heading (经审查：).
 */
final class AddresseeLines {

  private static final Pattern LINE =
      Pattern.compile("(?m)^[ \\t　]*(\\p{IsHan}{2,4})[ \\t　]*[：:][ \\t　]*$");

  /** How far into the document the address line may stand: after the title and the number. */
  private static final int TOP = 240;

  private AddresseeLines() {}

  static void find(PersonFinder f) {
    String text = f.text;
    Matcher m = LINE.matcher(text).region(0, Math.min(text.length(), TOP));
    while (m.find()) {
      String name = m.group(1);
      if (aPerson(name, f) && text.indexOf('你', m.end()) >= 0) {
        f.add(name, "申诉人", m.start(1), false);
      }
    }
  }

  private static boolean aPerson(String name, PersonFinder f) {
    char last = name.charAt(name.length() - 1);
    return WordNames.declaredSurname(name.charAt(0))
        && "院局厅所会部处司队委府室科组社站团庭".indexOf(last) < 0
        && !name.contains("某")
        && !Lexicon.NOT_NAMES.contains(name)
        && !Vocabulary.commonWord(name)
        && !Vocabulary.commonWord(name.substring(0, 2))
        && !f.keptNames.contains(name);
  }
}
