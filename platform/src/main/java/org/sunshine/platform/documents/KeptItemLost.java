package org.sunshine.platform.documents;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kept item the public text lost, as the review page words it: the engine reports "item
 * (after/before)".
 */
record KeptItemLost(String item, int inOriginal, int inPublic) {

  private static final Pattern REPORT = Pattern.compile("(.*) \\((\\d+)/(\\d+)\\)", Pattern.DOTALL);

  static List<KeptItemLost> of(List<String> reports) {
    return reports.stream().map(KeptItemLost::parse).toList();
  }

  private static KeptItemLost parse(String report) {
    Matcher m = REPORT.matcher(report);
    return m.matches()
        ? new KeptItemLost(m.group(1), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)))
        : new KeptItemLost(report, 1, 0);
  }
}
