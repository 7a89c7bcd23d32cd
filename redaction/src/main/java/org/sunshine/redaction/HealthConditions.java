package org.sunshine.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  static final Pattern PATTERN = build();

  private HealthConditions() {}

  private static Pattern build() {
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
    String alternatives =
        terms.stream()
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    return Pattern.compile(BEFORE + "(?:" + alternatives + ")" + AFTER);
  }
}
