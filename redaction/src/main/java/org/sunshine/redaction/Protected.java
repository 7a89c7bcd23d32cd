package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Ranges of the text that must stay as they are (institutions, kept names, case numbers,
 * statutes…).
 *
 * <p>Every candidate span of every rule asks whether it lies in kept text, and a long document
 * keeps thousands of ranges: the ranges are indexed by start with the furthest end reached so far,
 * so a question costs a binary search. Ranges added since the index was built are checked one by
 * one until there are enough of them to rebuild it.
 */
final class Protected {

  record Range(int start, int end, String kind) {}

  /** Fewer unindexed ranges than this are checked one by one. */
  private static final int TAIL = 64;

  private final List<Range> ranges = new ArrayList<>();
  private int indexed;
  private int[] starts = new int[0];
  private int[] reach = new int[0];

  void add(int start, int end, String kind) {
    if (end > start) {
      ranges.add(new Range(start, end, kind));
    }
  }

  boolean overlaps(int start, int end) {
    // a range starting before end overlaps when it reaches past start
    return reachBefore(end - 1) > start || tail(r -> start < r.end && r.start < end);
  }

  /** True when [start, end) lies wholly inside one protected range. */
  boolean covers(int start, int end) {
    return reachBefore(start) >= end || tail(r -> r.start <= start && end <= r.end);
  }

  /** True when [start, end) lies wholly inside one range of a kind other than {@code kind}. */
  boolean coversBesides(int start, int end, String kind) {
    if (!covers(start, end)) {
      return false;
    }
    for (Range r : ranges) {
      if (r.start <= start && end <= r.end && !r.kind.equals(kind)) {
        return true;
      }
    }
    return false;
  }

  /** True when [start, end) lies wholly inside one range of none of the {@code kinds}. */
  boolean coversBesides(int start, int end, Set<String> kinds) {
    if (!covers(start, end)) {
      return false;
    }
    for (Range r : ranges) {
      if (r.start <= start && end <= r.end && !kinds.contains(r.kind)) {
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

  /** The furthest end of the indexed ranges that start at or before {@code at}; -1 when none. */
  private int reachBefore(int at) {
    if (ranges.size() - indexed >= TAIL) {
      index();
    }
    int i = Arrays.binarySearch(starts, at);
    if (i < 0) {
      i = -i - 2;
    } else {
      while (i + 1 < starts.length && starts[i + 1] == at) {
        i++;
      }
    }
    return i >= 0 ? reach[i] : -1;
  }

  private boolean tail(Predicate<Range> test) {
    for (int i = indexed; i < ranges.size(); i++) {
      if (test.test(ranges.get(i))) {
        return true;
      }
    }
    return false;
  }

  private void index() {
    indexed = ranges.size();
    Range[] byStart = ranges.toArray(Range[]::new);
    Arrays.sort(byStart, (a, b) -> Integer.compare(a.start, b.start));
    starts = new int[byStart.length];
    reach = new int[byStart.length];
    int furthest = -1;
    for (int i = 0; i < byStart.length; i++) {
      starts[i] = byStart[i].start;
      furthest = Math.max(furthest, byStart[i].end);
      reach[i] = furthest;
    }
  }
}
