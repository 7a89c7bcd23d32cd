package org.sunshine.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The vocabulary of diagnoses ({@code health-conditions.txt}: ICD-10 chapters as case files write
 * them, organ × malignancy combinations) with the severity, stage, grade and type words around them
 * (重度抑郁障碍, 肺癌Ⅲ期, 高血压三级, 2型糖尿病, 肝硬化失代偿期). A condition is masked wherever it stands: a diagnosis
 * tells something about a person whether or not 患有 precedes it.
 */
final class HealthConditions {

  private static final String BEFORE = "(?:(?:轻度|中度|重度|极重度|急性|慢性|晚期|早期|继发性|原发性|[12一二Ⅰ]型)\\s*)?";
  private static final String AFTER =
      "(?:\\s*(?:[ⅠⅡⅢⅣ]+[ABab]?[期级]|[一二三四1-4][ABab]?期|[早中晚]期|终末期|失代偿期|代偿期|尿毒症期|急性期|慢性期"
          + "|[一二三四1-4]级|[12一二Ⅰ]型|后遗症|伴[\\p{IsHan}]{2,6}症状))?";

  private static final Pattern BEFORE_AT = Pattern.compile(BEFORE + "$");
  private static final Pattern AFTER_AT = Pattern.compile(AFTER);

  /** The terms by their first character, longer first: one map lookup per character of text. */
  private static final Map<Character, List<String>> BY_FIRST = load();

  private HealthConditions() {}

  /**
   * Each condition in the text, with its severity before and its stage after: [start, end) pairs.
   */
  static List<int[]> find(String text) {
    List<int[]> found = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      List<String> terms = BY_FIRST.get(text.charAt(i));
      if (terms == null) {
        continue;
      }
      for (String term : terms) {
        if (text.startsWith(term, i)) {
          int start = i;
          Matcher before = BEFORE_AT.matcher(text).region(Math.max(0, i - 4), i);
          if (before.find()) {
            start = before.start();
          }
          Matcher after = AFTER_AT.matcher(text).region(i + term.length(), text.length());
          int end = after.lookingAt() ? after.end() : i + term.length();
          found.add(new int[] {start, end});
          i = end - 1;
          break;
        }
      }
    }
    return found;
  }

  private static Map<Character, List<String>> load() {
    List<String> terms = new ArrayList<>();
    List<String> organs = List.of();
    List<String> suffixes = List.of();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                HealthConditions.class.getResourceAsStream("health-conditions.txt"),
                StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        List<String> words = List.of(line.split("\\s+"));
        if (words.get(0).equals("@ORGANS")) {
          organs = words.subList(1, words.size());
        } else if (words.get(0).equals("@SUFFIXES")) {
          suffixes = words.subList(1, words.size());
        } else {
          terms.addAll(words);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String organ : organs) {
      for (String suffix : suffixes) {
        terms.add(organ + suffix);
      }
    }
    return terms.stream()
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .collect(Collectors.groupingBy(t -> t.charAt(0), Collectors.toList()));
  }
}
