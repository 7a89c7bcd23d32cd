package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranges of the text that must stay as they are (institutions, kept names, case numbers,
 * statutes…).
 */
final class Protected {

  record Range(int start, int end, String kind) {}

  private final List<Range> ranges = new ArrayList<>();

  void add(int start, int end, String kind) {
    if (end > start) {
      ranges.add(new Range(start, end, kind));
    }
  }

  boolean overlaps(int start, int end) {
    for (Range r : ranges) {
      if (start < r.end && r.start < end) {
        return true;
      }
    }
    return false;
  }

  /** True when [start, end) lies wholly inside one protected range. */
  boolean covers(int start, int end) {
    for (Range r : ranges) {
      if (r.start <= start && end <= r.end) {
        return true;
      }
    }
    return false;
  }

  /** True when [start, end) lies wholly inside one range of {@code kind}. */
  boolean covers(int start, int end, String kind) {
    for (Range r : ranges) {
      if (r.start <= start && end <= r.end && r.kind.equals(kind)) {
        return true;
      }
    }
    return false;
  }

  List<Range> ranges() {
    return ranges;
  }
}
