package org.sunshine.platform.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The original text cut into plain runs and finding runs, so the review page can highlight every
 * finding in place (and the browser can map a selection back to offsets).
 */
record Segments(List<Segment> items) {

  /** A run of the original text; {@code finding} is null for plain text. */
  record Segment(int start, String text, FindingView finding) {}

  static List<Segment> of(String original, List<FindingView> findings) {
    List<Segment> out = new ArrayList<>();
    int at = 0;
    List<FindingView> sorted =
        findings.stream().sorted(Comparator.comparingInt(FindingView::start)).toList();
    for (FindingView f : sorted) {
      if (f.start() < at || f.end() > original.length()) {
        continue; // a rejected span overlapping an accepted one: listed, not highlighted
      }
      if (f.start() > at) {
        out.add(new Segment(at, original.substring(at, f.start()), null));
      }
      out.add(new Segment(f.start(), original.substring(f.start(), f.end()), f));
      at = f.end();
    }
    if (at < original.length()) {
      out.add(new Segment(at, original.substring(at), null));
    }
    return out;
  }
}
