package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports kept items (procedural dates, amounts, case numbers, statutes, charges, officials,
 * lawyers) that occur fewer times in the redacted text than in the original: hiding them is a
 * defect too.
 */
final class OverRedactionGuard {

  private OverRedactionGuard() {}

  static List<String> check(String original, String redacted, Protected kept) {
    Set<String> items = new LinkedHashSet<>();
    for (Protected.Range r : kept.ranges()) {
      items.add(original.substring(r.start(), r.end()));
    }
    List<String> lost = new ArrayList<>();
    for (String item : items) {
      int before = count(original, item);
      int after = count(redacted, item);
      if (after < before) {
        lost.add(item + " (" + after + "/" + before + ")");
      }
    }
    return lost;
  }

  private static int count(String text, String s) {
    int n = 0;
    int from = 0;
    int at;
    while ((at = text.indexOf(s, from)) >= 0) {
      n++;
      from = at + s.length();
    }
    return n;
  }
}
