package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a case is named after (本院在办理X开设赌场一案中发现, 在审查X涉嫌盗窃案时): a 检察建议书 often names the accused
 * only so, with no role word, and goes on calling them by that name alone. A name that is a
 * foreigner's rendering (颂猜（SOMCHAI）) is found with its Latin spelling.
 */
final class CaseSubjects {

  private static final Pattern SUBJECT =
      Pattern.compile(
          "(?:在办理|办理|在审查|审查|在审理|审理)(\\p{IsHan}{2,4}?|\\p{IsHan}{1,8}(?:·\\p{IsHan}{1,10})+)"
              + "(?:[（(]([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})[）)])?"
              + "(?:等人|等)?(?:涉嫌)?\\p{IsHan}{2,14}?(?:一案|案件|案中|案时)");

  private CaseSubjects() {}

  static void find(PersonFinder f) {
    if (!f.text.contains("案")) {
      return;
    }
    Matcher m = SUBJECT.matcher(f.text);
    while (m.find()) {
      String name = m.group(1);
      if (m.group(2) == null && !name.contains("·")) {
        // 王立新诉李梅…一案: the name is where the boundary reader ends it, not the shortest match
        String read = f.boundary.at(m.start(1));
        if (read == null) {
          continue;
        }
        name = read;
      }
      if (name.contains("某")
          || Lexicon.NOT_NAMES.contains(name)
          || Vocabulary.commonWord(name)
          || f.keptNames.contains(name)
          || !(m.group(2) != null || name.contains("·") || Lexicon.isSurname(name.charAt(0)))) {
        continue;
      }
      Person p = f.add(name, "犯罪嫌疑人", m.start(1), m.group(2) != null || name.contains("·"));
      if (p != null && m.group(2) != null) {
        p.forms.add(m.group(2));
      }
    }
  }
}
