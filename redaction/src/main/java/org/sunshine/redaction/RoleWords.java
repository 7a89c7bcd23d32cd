package org.sunshine.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The roster's role words, read from {@code role-words.tsv}: which word introduces a party or
 * participant whose name is masked, a relation, an official whose name is kept, another name of the
 * same person, or an institution. A table, so that a new document family (civil, administrative,
 * public-interest, mass cases) is a new set of rows, not new code.
 */
final class RoleWords {

  enum Kind {
    PERSON,
    RELATION,
    OFFICIAL,
    ALIAS,
    BODY
  }

  /**
   * @param notBefore characters that, right after the word, show it is part of another word (被告知)
   */
  record Entry(String word, Kind kind, String family, String notBefore) {}

  private static final List<Entry> ALL = load();

  private RoleWords() {}

  static List<Entry> all() {
    return ALL;
  }

  private static final List<String> KINSHIP =
      ALL.stream().filter(e -> e.family().equals("kinship")).map(Entry::word).distinct().toList();

  /** The kinship words (其母, 之父, 妻子…). */
  static List<String> kinship() {
    return KINSHIP;
  }

  /** The words of one kind, longest first (so 原审被告人 is tried before 被告人 and 被告). */
  static List<String> words(Kind kind) {
    return ALL.stream()
        .filter(e -> e.kind() == kind)
        .map(Entry::word)
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  /**
   * True when the role word at {@code at} is not a role word there: part of a longer roster word
   * (被告 in 原审被告人, 证人 in 见证人, 起诉人 in 公益诉讼起诉人) or followed by a character that makes it another word
   * (被告知, 申请人民法院, 第三人民医院).
   */
  static boolean shadowed(String text, int at, String word) {
    Shadows s = SHADOWS.computeIfAbsent(word, RoleWords::shadows);
    for (int i = 0; i < s.longer().size(); i++) {
      int start = at - s.offsets().get(i);
      if (start >= 0 && text.startsWith(s.longer().get(i), start)) {
        return true;
      }
    }
    int end = at + word.length();
    // 出借人民币, 投资人民币, 申请人民法院: a word ending in 人 before 民 is part of 人民…, whatever the word
    if (word.endsWith("人") && text.startsWith("民", end)) {
      return true;
    }
    return end < text.length() && s.notBefore().indexOf(text.charAt(end)) >= 0;
  }

  /** The longer roster words that contain a word, with its offsets in them; computed once. */
  private record Shadows(List<String> longer, List<Integer> offsets, String notBefore) {}

  private static final Map<String, Shadows> SHADOWS = new ConcurrentHashMap<>();

  private static Shadows shadows(String word) {
    List<String> longer = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    StringBuilder notBefore = new StringBuilder();
    for (Entry e : ALL) {
      String w = e.word();
      if (w.equals(word)) {
        notBefore.append(e.notBefore());
      } else if (w.length() > word.length()) {
        for (int k = w.indexOf(word); k >= 0; k = w.indexOf(word, k + 1)) {
          longer.add(w);
          offsets.add(k);
        }
      }
    }
    return new Shadows(List.copyOf(longer), List.copyOf(offsets), notBefore.toString());
  }

  private static List<Entry> load() {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = RoleWords.class.getResourceAsStream("role-words.tsv")) {
      if (in == null) {
        throw new IllegalStateException("role-words.tsv missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        entries.add(
            new Entry(
                cells[0].strip(),
                Kind.valueOf(cells[1].strip().toUpperCase(Locale.ROOT)),
                cells.length > 2 ? cells[2].strip() : "",
                cells.length > 3 ? cells[3].strip() : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }
}
