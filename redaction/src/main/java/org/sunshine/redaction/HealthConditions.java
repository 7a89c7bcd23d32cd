package org.sunshine.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The vocabulary of diagnoses ({@code health-conditions.txt}: ICD-10 chapters as case files write
 * them, compositions such as organ × malignancy or polarity × episode, and the disease classes of
 * the 同义词词林 thesaurus HanLP ships) with the severity, stage, grade, type and course words around
 * them (重度抑郁障碍, 肺癌Ⅲ期, 高血压三级, 2型糖尿病, 肝硬化失代偿期, 轻躁狂发作期). A condition is masked wherever it stands: a
 * diagnosis tells something about a person whether or not 患有 precedes it.
 */
final class HealthConditions {

  private static final String BEFORE =
      "(?:(?:左侧|右侧|双侧|左|右|双)?(?:轻度|中度|重度|极重度|急性|慢性|晚期|早期|继发性|原发性|复发性|难治性|首发|[12一二Ⅰ]型)\\s*)?";

  /**
   * Stage, grade and type words (ⅡB期, IIIA期, T2N1M0, 高分化, 三级, 2型), the course of a mental disorder
   * (发作期, 缓解期, 残留期) and the spread of a tumour (，伴同侧腋窝淋巴结转移, 侵犯胸膜): up to four after one another.
   */
  private static final String AFTER =
      "(?:\\s*(?:[，,]?\\s*(?:[ⅠⅡⅢⅣ]+|IV|I{1,3})[ABCabc]?[期级]|[一二三四1-4][ABCabc]?期|[早中晚]期|终末期|失代偿期"
          + "|代偿期|尿毒症期|急性期|慢性期|[cpy]?T(?:[0-4][a-d]?|is|x)N[0-3x][a-c]?M[01x][a-c]?|[低中高]分化"
          + "|(?:发作|缓解|部分缓解|稳定|残留|恢复|间歇|活动|发病)期|发作|[（(](?:[\\p{IsHan}]{1,4}型|轻度|中度|重度|极重度|[早中晚]期|[ⅠⅡⅢⅣ]+[ABCabc]?期)[）)]|相(?![关应同似比互])|期(?![间限满内])"
          + "|[一二三四1-4]级|[12一二Ⅰ]型|后遗症|伴[\\p{IsHan}]{2,6}症状"
          // a grade in degrees (骨髓抑制（Ⅲ度）)
          + "|[（(](?:[ⅠⅡⅢⅣ]{1,3}|IV|I{1,3}|[1-4一二三四])度[）)]|[ⅠⅡⅢⅣ]{1,3}度"
          + "|[，,]?\\s*(?:伴有|伴|合并)[\\p{IsHan}]{1,14}?(?:转移|侵犯|浸润|受累)"
          // 侵犯脏层胸膜, not a right or a crime (侵犯公民个人信息罪, 侵犯他人财产)
          + "|[，,]?\\s*侵犯(?![\\p{IsHan}]{0,10}?(?:罪|权|利益|公民|他人|财产|隐私))[\\p{IsHan}]{1,10}?"
          + "(?=[，,。；;、）)\\s]|$)"
          // 人类免疫缺陷病毒（HIV）感染者: the abbreviation in brackets, and carrying or being infected
          + "|[（(][A-Za-z0-9\\-]{2,8}[）)](?:感染者|携带者|感染|阳性|患者)?|感染者|携带者)){0,4}";

  /** 同义词词林扩展版 as HanLP's portable jar ships it. */
  static final String THESAURUS = "/data/dictionary/synonym/CoreSynonym.txt";

  private static final Pattern BEFORE_AT = Pattern.compile(BEFORE + "$");
  private static final Pattern AFTER_AT = Pattern.compile(AFTER);

  /**
   * A word of the vocabulary; an excluded one is matched but not masked, so that it also hides the
   * conditions inside it (慢性病 is no 性病, 残疾人 no 残疾).
   */
  private record Term(String word, boolean masked) {}

  /**
   * The parts of composed diagnoses, as the list file names them
   * (@MODIFIER, @PART, @LESION, @ENDING).
   */
  private static final Map<String, List<String>> PARTS = new HashMap<>();

  /** The terms by their first character, longer first: one map lookup per character of text. */
  private static final Map<Character, List<Term>> BY_FIRST = load();

  private static final ComposedDiagnoses COMPOSED = new ComposedDiagnoses(PARTS);

  private HealthConditions() {}

  /**
   * Each condition in the text, with its severity before and its stage after: [start, end) pairs.
   */
  static List<int[]> find(String text) {
    List<int[]> found = listed(text);
    return composed(text, found);
  }

  /**
   * Diagnoses no list names, read as composed ({@link ComposedDiagnoses}) or after a diagnosis
   * label ({@link DiagnosisLabels}), with the stage, grade and spread after them; merged with the
   * listed ones.
   */
  private static List<int[]> composed(String text, List<int[]> found) {
    List<int[]> more = new ArrayList<>();
    List<int[]> candidates = new ArrayList<>(COMPOSED.find(text));
    candidates.addAll(DiagnosisLabels.find(text));
    candidates.addAll(pregnancies(text));
    for (int[] d : candidates) {
      if (!inCharge(text, d[1])) {
        Matcher after = AFTER_AT.matcher(text).region(d[1], text.length());
        more.add(new int[] {d[0], after.lookingAt() ? after.end() : d[1]});
      }
    }
    if (more.isEmpty()) {
      return found;
    }
    List<int[]> all = new ArrayList<>(found);
    all.addAll(more);
    all.sort(Comparator.comparingInt((int[] r) -> r[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] r : all) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.add(new int[] {r[0], r[1]});
      }
    }
    return merged;
  }

  /** How long a pregnancy has lasted (孕32周, 怀孕5个月, 妊娠12+3周): a state of health as 怀孕 is. */
  private static final Pattern PREGNANT =
      Pattern.compile("(?:怀孕|妊娠|孕)约?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:\\+\\d)?(?:周|个多?月)余?");

  private static List<int[]> pregnancies(String text) {
    if (text.indexOf('孕') < 0 && text.indexOf('娠') < 0) {
      return List.of();
    }
    List<int[]> found = new ArrayList<>();
    Matcher m = PREGNANT.matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    return found;
  }

  /** 传播性病罪, 妨害传染病防治罪: a condition right before 罪 is part of a charge's name, which stays. */
  private static boolean inCharge(String text, int end) {
    return end < text.length() && text.charAt(end) == '罪';
  }

  private static List<int[]> listed(String text) {
    List<int[]> found = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      List<Term> terms = BY_FIRST.get(text.charAt(i));
      if (terms == null) {
        continue;
      }
      for (Term t : terms) {
        String term = t.word();
        if (text.startsWith(term, i) && !t.masked()) {
          // a kept word hides what stands inside it, not a condition that runs on past it
          // (慢性病 | 慢性病毒性肝炎)
          i = overrunBy(text, i, i + term.length()) - 1;
          break;
        }
        if (text.startsWith(term, i)) {
          int start = i;
          Matcher before = BEFORE_AT.matcher(text).region(Math.max(0, i - 4), i);
          if (before.find()) {
            start = before.start();
          }
          if (inCharge(text, i + term.length())) {
            i += term.length() - 1;
            break;
          }
          Matcher after = AFTER_AT.matcher(text).region(i + term.length(), text.length());
          int end = after.lookingAt() ? after.end() : i + term.length();
          int[] last = found.isEmpty() ? null : found.get(found.size() - 1);
          if (last != null && start < last[1]) {
            // a longer condition that began inside the last one (重度抑郁 | 抑郁症（伴…）)
            last[0] = Math.min(last[0], start);
            last[1] = Math.max(last[1], end);
          } else {
            found.add(new int[] {start, end});
          }
          i = overrunBy(text, i, end) - 1;
          break;
        }
      }
    }
    return found;
  }

  /** Where a condition starts inside [from, to) and ends past it, else {@code to}. */
  private static int overrunBy(String text, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      for (Term t : BY_FIRST.getOrDefault(text.charAt(j), List.of())) {
        if (t.masked() && j + t.word().length() > to && text.startsWith(t.word(), j)) {
          return j;
        }
      }
    }
    return to;
  }

  /**
   * The list file: plain lines are terms; {@code @FIRST} then {@code @THEN} add every combination
   * of the two; {@code @CILIN} names thesaurus classes to take (with {@code @CILIN-ENDINGS}), and
   * {@code @EXCLUDE} names words that are kept, with whatever term stands inside them.
   */
  private static Map<Character, List<Term>> load() {
    List<String> terms = new ArrayList<>();
    Set<String> excluded = new HashSet<>();
    List<String> first = List.of();
    List<String> classes = List.of();
    Set<String> endings = Set.of();
    for (String line : lines(HealthConditions.class.getResourceAsStream("health-conditions.txt"))) {
      List<String> words = List.of(line.split("\\s+"));
      List<String> rest = words.subList(1, words.size());
      switch (words.get(0)) {
        case "@FIRST" -> first = rest;
        case "@THEN" -> first.forEach(a -> rest.forEach(b -> terms.add(a + b)));
        case "@CILIN" -> classes = rest;
        case "@CILIN-ENDINGS" -> endings = Set.copyOf(rest);
        case "@EXCLUDE" -> excluded.addAll(rest);
        case "@MODIFIER",
            "@PART",
            "@LESION",
            "@ENDING",
            "@SIDE",
            "@TISSUE",
            "@TUMOUR",
            "@FINDING",
            "@SIDED",
            "@DEVICE",
            "@TREATMENT" ->
            PARTS.computeIfAbsent(words.get(0), k -> new ArrayList<>()).addAll(rest);
        default -> terms.addAll(words);
      }
    }
    terms.addAll(thesaurus(classes, endings));
    terms.addAll(excluded);
    return terms.stream()
        .distinct()
        .map(t -> new Term(t, !excluded.contains(t)))
        .sorted(Comparator.comparingInt((Term t) -> t.word().length()).reversed())
        .collect(Collectors.groupingBy(t -> t.word().charAt(0), Collectors.toList()));
  }

  /**
   * The words of the thesaurus classes (HanLP's CoreSynonym.txt: {@code Dl01A01= 疾病 病症 …}) that
   * name a disease: three characters or more, or two ending in a disease word (肺炎, not 过敏).
   */
  private static List<String> thesaurus(List<String> classes, Set<String> endings) {
    if (classes.isEmpty()) {
      return List.of();
    }
    InputStream in = HealthConditions.class.getResourceAsStream(THESAURUS);
    if (in == null) {
      throw new IllegalStateException("the thesaurus " + THESAURUS + " is not on the classpath");
    }
    List<String> words = new ArrayList<>();
    for (String line : lines(in)) {
      if (classes.stream().noneMatch(line::startsWith)) {
        continue;
      }
      for (String word : line.substring(line.indexOf(' ') + 1).split("\\s+")) {
        int n = word.length();
        if (n >= 3 || n == 2 && endings.contains(word.substring(1))) {
          words.add(word);
        }
      }
    }
    return words;
  }

  /** The non-blank, non-comment lines of a UTF-8 resource (also read by MinorityNames). */
  static List<String> lines(InputStream resource) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
