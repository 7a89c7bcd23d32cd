package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects proposed replacements and resolves overlaps: a longer span wins over a shorter one it
 * overlaps, and at equal length the first proposed wins. Then applies them to the original text in
 * one pass.
 */
final class Findings {

  private final List<Finding> all = new ArrayList<>();

  void add(Finding finding) {
    all.add(finding);
  }

  void add(
      int start,
      int end,
      String text,
      Category category,
      String role,
      String rule,
      double confidence,
      String with) {
    if (end > start) {
      all.add(
          new Finding(
              start, end, text.substring(start, end), category, role, rule, confidence, with));
    }
  }

  /** Every finding proposed so far. */
  List<Finding> all() {
    return List.copyOf(all);
  }

  boolean covers(int start, int end) {
    return all.stream().anyMatch(f -> f.start() <= start && end <= f.end());
  }

  /** Non-overlapping findings in text order. */
  List<Finding> resolved() {
    List<Finding> byPreference = new ArrayList<>(all);
    byPreference.sort(Comparator.comparingInt((Finding f) -> f.end() - f.start()).reversed());
    // the chosen spans never overlap, so the one starting last before a candidate's end is the only
    // one that can reach into it: a lookup instead of a comparison with every chosen span
    TreeMap<Integer, Finding> chosen = new TreeMap<>();
    for (Finding candidate : byPreference) {
      Map.Entry<Integer, Finding> before = chosen.lowerEntry(candidate.end());
      if (before == null || !before.getValue().overlaps(candidate)) {
        chosen.put(candidate.start(), candidate);
      }
    }
    return new ArrayList<>(chosen.values());
  }

  static String apply(String text, List<Finding> resolved) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Finding f : resolved) {
      out.append(text, at, f.start()).append(f.replacement());
      at = f.end();
    }
    return out.append(text.substring(at)).toString();
  }
}
