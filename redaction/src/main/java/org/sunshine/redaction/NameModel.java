package org.sunshine.redaction;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A character tagger for personal names trained offline with HanLP's averaged structured perceptron
 * ({@link NameModelTrainer}): each character of a line is O (outside), or B, M, E (begin, middle,
 * end) or S (single) of a name; the best sequence is found by Viterbi. It is a candidate source
 * only: {@link LearnedNames} decides what is masked.
 *
 * <p>The file (gzip): magic, tag count T, the (T+1)×T transition weights (the last row is the start
 * of a line), a weight scale, the number of features, then each feature's key (delta-coded, sorted)
 * and its T weights as 16-bit integers times the scale. Lookup is an open-addressing table of keys,
 * no strings.
 */
final class NameModel {

  static final String RESOURCE = "/org/sunshine/redaction/name-model.bin.gz";
  static final int TAGS = 5;
  static final int O = 0;
  static final int B = 1;
  static final int M = 2;
  static final int E = 3;
  static final int S = 4;
  private static final int MAGIC = 0x534E4D31;

  private final float[] transitions;

  /**
   * The open-addressing table: a key per slot, that slot's T weights at {@code slot * T} (no row
   * index in between: one memory access fewer for each of the 15 lookups a character), and a bit
   * per occupied slot, small enough to stay in the fastest cache, so that a feature the model does
   * not know (most trigrams) is usually rejected without reading the key table.
   */
  private final long[] keys;

  private final float[] weights;
  private final long[] occupied;
  private final int mask;
  private final int count;

  NameModel(float[] transitions, long[] sortedKeys, float[] rowWeights) {
    this.transitions = transitions;
    this.count = sortedKeys.length;
    int capacity = Integer.highestOneBit(Math.max(16, sortedKeys.length * 2)) * 2;
    this.keys = new long[capacity];
    this.weights = new float[capacity * TAGS];
    this.occupied = new long[capacity / 64];
    this.mask = capacity - 1;
    for (int row = 0; row < sortedKeys.length; row++) {
      int slot = slot(sortedKeys[row]);
      while (keys[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = sortedKeys[row];
      occupied[slot >>> 6] |= 1L << slot;
      System.arraycopy(rowWeights, row * TAGS, weights, slot * TAGS, TAGS);
    }
  }

  /** The model shipped in the jar, loaded once. */
  static NameModel shipped() {
    return Holder.MODEL;
  }

  private static final class Holder {
    static final NameModel MODEL = loadShipped();

    private static NameModel loadShipped() {
      // a candidate model is scored in the engine without rebuilding the jar (ADR 0030)
      String candidate = System.getProperty("sunshine.redaction.name-model");
      if (candidate != null) {
        try (InputStream in = Files.newInputStream(Path.of(candidate))) {
          return read(in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      try (InputStream in = NameModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the name model " + RESOURCE + " is not in the jar");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The names the model tags in one line, as [start, end) offsets into it. */
  List<int[]> names(CharSequence line) {
    int n = line.length();
    List<int[]> spans = new ArrayList<>();
    if (n == 0) {
      return spans;
    }
    int[] tags = decode(NameFeatures.prepare(line));
    int start = -1;
    for (int i = 0; i < n; i++) {
      switch (tags[i]) {
        case S -> {
          spans.add(new int[] {i, i + 1});
          start = -1;
        }
        case B -> start = i;
        case E -> {
          if (start >= 0) {
            spans.add(new int[] {start, i + 1});
          }
          start = -1;
        }
        case M -> {}
        default -> start = -1;
      }
    }
    return spans;
  }

  /**
   * Viterbi over the line. Only the last position's scores are kept, and the back pointers sit in
   * one flat byte array (five tags fit a byte): about five bytes a character, so a line of millions
   * of characters (a PDF extracted without line breaks) stays within memory.
   */
  private int[] decode(char[] c) {
    int n = c.length;
    float[] previous = new float[TAGS];
    float[] current = new float[TAGS];
    byte[] back = new byte[n * TAGS];
    long[] features = new long[NameFeatures.COUNT];
    float[] emission = new float[TAGS];
    for (int i = 0; i < n; i++) {
      emission(c, i, features, emission);
      for (int cur = 0; cur < TAGS; cur++) {
        if (i == 0) {
          current[cur] = emission[cur] + transitions[TAGS * TAGS + cur];
          continue;
        }
        float best = Float.NEGATIVE_INFINITY;
        int from = 0;
        for (int prev = 0; prev < TAGS; prev++) {
          float s = previous[prev] + transitions[prev * TAGS + cur];
          if (s > best) {
            best = s;
            from = prev;
          }
        }
        current[cur] = best + emission[cur];
        back[i * TAGS + cur] = (byte) from;
      }
      float[] swap = previous;
      previous = current;
      current = swap;
    }
    int[] tags = new int[n];
    int last = 0;
    for (int t = 1; t < TAGS; t++) {
      if (previous[t] > previous[last]) {
        last = t;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      tags[i] = last;
      last = back[i * TAGS + last];
    }
    return tags;
  }

  private void emission(char[] c, int i, long[] features, float[] emission) {
    NameFeatures.at(c, i, features);
    Arrays.fill(emission, 0f);
    for (long f : features) {
      int slot = find(f);
      if (slot >= 0) {
        int base = slot * TAGS;
        for (int t = 0; t < TAGS; t++) {
          emission[t] += weights[base + t];
        }
      }
    }
  }

  /** The slot holding the key, or -1. */
  private int find(long key) {
    int slot = slot(key);
    if ((occupied[slot >>> 6] & 1L << slot) == 0) {
      return -1;
    }
    while (keys[slot] != 0) {
      if (keys[slot] == key) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  int features() {
    return count;
  }

  static NameModel read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new GZIPInputStream(new BufferedInputStream(raw)));
    if (in.readInt() != MAGIC || in.readInt() != TAGS) {
      throw new IOException("not a name model");
    }
    float[] transitions = new float[(TAGS + 1) * TAGS];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = in.readFloat();
    }
    float scale = in.readFloat();
    int n = in.readInt();
    long[] keys = new long[n];
    float[] weights = new float[n * TAGS];
    long previous = 0;
    for (int row = 0; row < n; row++) {
      previous += readVarLong(in);
      keys[row] = previous;
      for (int t = 0; t < TAGS; t++) {
        weights[row * TAGS + t] = in.readShort() * scale;
      }
    }
    return new NameModel(transitions, keys, weights);
  }

  /** Writes this model with only the features whose largest weight reaches minWeight. */
  void writePruned(OutputStream out, float minWeight) throws IOException {
    long[] kept =
        Arrays.stream(keys)
            .filter(k -> k != 0 && strongest(find(k)) >= minWeight)
            .sorted()
            .toArray();
    float[] w = new float[kept.length * TAGS];
    for (int i = 0; i < kept.length; i++) {
      System.arraycopy(weights, find(kept[i]) * TAGS, w, i * TAGS, TAGS);
    }
    write(out, transitions, kept, w);
  }

  private float strongest(int slot) {
    float max = 0;
    for (int t = 0; t < TAGS; t++) {
      max = Math.max(max, Math.abs(weights[slot * TAGS + t]));
    }
    return max;
  }

  /** Writes a model: keys must be sorted ascending, weights row by row. */
  static void write(OutputStream raw, float[] transitions, long[] keys, float[] weights)
      throws IOException {
    float max = 0;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw))) {
      out.writeInt(MAGIC);
      out.writeInt(TAGS);
      for (float t : transitions) {
        out.writeFloat(t);
      }
      out.writeFloat(scale);
      out.writeInt(keys.length);
      long previous = 0;
      for (int row = 0; row < keys.length; row++) {
        writeVarLong(out, keys[row] - previous);
        previous = keys[row];
        for (int t = 0; t < TAGS; t++) {
          out.writeShort(Math.round(weights[row * TAGS + t] / scale));
        }
      }
    }
  }

  private static long readVarLong(DataInputStream in) throws IOException {
    long value = 0;
    int shift = 0;
    int b;
    do {
      b = in.readUnsignedByte();
      value |= (long) (b & 0x7F) << shift;
      shift += 7;
    } while ((b & 0x80) != 0);
    return value;
  }

  private static void writeVarLong(DataOutputStream out, long value) throws IOException {
    while ((value & ~0x7FL) != 0) {
      out.writeByte((int) (value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.writeByte((int) value);
  }
}
