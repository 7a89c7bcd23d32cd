package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * A text together with, for each of its characters, the offset of the original character it came
 * from. Edits (deletions, replacements, insertions) produce a new text whose characters still point
 * into the original, so a span found in the rewritten text can be located in the original.
 */
final class Rewrite {

  private final String text;
  private final int[] origin;

  private Rewrite(String text, int[] origin) {
    this.text = text;
    this.origin = origin;
  }

  /** The identity: every character points at itself. */
  static Rewrite of(String text) {
    int[] origin = new int[text.length()];
    for (int i = 0; i < origin.length; i++) {
      origin[i] = i;
    }
    return new Rewrite(text, origin);
  }

  String text() {
    return text;
  }

  /** Offset in the original of the character at {@code i}. */
  int origin(int i) {
    return origin[i];
  }

  /** One edit: characters [start, end) of this text become {@code with}. */
  record Edit(int start, int end, String with) {}

  /** Collects edits in text order; overlapping edits are dropped (the first one wins). */
  static final class Edits {
    private final List<Edit> edits = new ArrayList<>();
    private final List<int[]> furniture = new ArrayList<>();

    /** A line of page furniture the edits drop, which the output keeps as it was. */
    void furniture(int start, int end) {
      furniture.add(new int[] {start, end});
    }

    /** The page furniture dropped, in text order: [start, end) of each line's content. */
    List<int[]> furniture() {
      return furniture;
    }

    void replace(int start, int end, String with) {
      if (!edits.isEmpty() && start < edits.get(edits.size() - 1).end()) {
        return;
      }
      edits.add(new Edit(start, end, with));
    }

    void delete(int start, int end) {
      if (end > start) {
        replace(start, end, "");
      }
    }

    boolean isEmpty() {
      return edits.isEmpty();
    }
  }

  /**
   * Applies edits given in text order. A replacement's characters point at the replaced ones in
   * proportion, its last character at the last replaced one (so a span that ends there ends where
   * the replaced text ended); an insertion points at the character before it.
   */
  Rewrite apply(Edits edits) {
    if (edits.isEmpty()) {
      return this;
    }
    StringBuilder out = new StringBuilder(text.length());
    int[] map = new int[text.length() + 64];
    int n = 0;
    int at = 0;
    for (Edit e : edits.edits) {
      for (int i = at; i < e.start(); i++) {
        map = grow(map, n);
        out.append(text.charAt(i));
        map[n++] = origin[i];
      }
      int length = e.end() - e.start();
      int count = e.with().length();
      for (int k = 0; k < count; k++) {
        int source;
        if (length == 0) {
          source = e.start() > 0 ? origin[e.start() - 1] : 0;
        } else if (k == count - 1) {
          source = origin[e.end() - 1];
        } else {
          source = origin[e.start() + k * length / count];
        }
        map = grow(map, n);
        out.append(e.with().charAt(k));
        map[n++] = source;
      }
      at = e.end();
    }
    for (int i = at; i < text.length(); i++) {
      map = grow(map, n);
      out.append(text.charAt(i));
      map[n++] = origin[i];
    }
    int[] exact = new int[n];
    System.arraycopy(map, 0, exact, 0, n);
    return new Rewrite(out.toString(), exact);
  }

  private static int[] grow(int[] map, int n) {
    if (n < map.length) {
      return map;
    }
    int[] bigger = new int[map.length * 2 + 16];
    System.arraycopy(map, 0, bigger, 0, map.length);
    return bigger;
  }
}
