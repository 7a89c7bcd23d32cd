package org.sunshine.platform.archives;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The computed figures of an annual report, by key ({@code documents.published}), in the order
 * shown; stored as {@code key=value} lines. Labels are {@code archives.figure.<key>} in the bundle.
 */
record AnnualFigures(Map<String, Long> values) {

  /** Which figures each section shows. */
  static final Map<String, List<String>> SECTIONS =
      Map.of(
          "active",
          List.of(
              "documents.due",
              "documents.published",
              "documents.withheld",
              "documents.onTime",
              "documents.revisions",
              "releases.published"),
          "request",
          List.of("lawyers.requests", "lawyers.decided", "lawyers.onTime"),
          "objection",
          List.of(
              "petitions.received",
              "petitions.proceduralDue",
              "petitions.proceduralInTime",
              "petitions.resultDue",
              "petitions.resultInTime",
              "petitions.overdue"),
          "problems",
          List.of("documents.overdue", "documents.nonCompliant", "documents.pending"),
          "oversight",
          List.of("archives.quarters"));

  AnnualFigures {
    values = new LinkedHashMap<>(values);
  }

  public long get(String key) {
    return values.getOrDefault(key, 0L);
  }

  /** 公开率 = 已公开 ÷ (应公开 − 依法不公开) (RULES.md §8), or null when nothing was due. */
  public Double rate() {
    long d = get("documents.due") - get("documents.withheld");
    return d == 0 ? null : (double) get("documents.published") / d;
  }

  /** The figures of one section, in order, with their values. */
  public Map<String, Long> of(String section) {
    Map<String, Long> m = new LinkedHashMap<>();
    SECTIONS.get(section).forEach(k -> m.put(k, get(k)));
    return m;
  }

  String serialise() {
    StringBuilder s = new StringBuilder();
    values.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
    return s.toString();
  }

  static AnnualFigures parse(String text) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        m.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
      }
    }
    return new AnnualFigures(m);
  }
}
