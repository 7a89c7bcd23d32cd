package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Diagnoses composed as clinicians compose them, a vocabulary rather than a list (the parts of
 * {@code health-conditions.txt}):
 *
 * <ul>
 *   <li>a disease: any modifiers (阻塞性, 酒精性), one or more body parts or functions (肝, 睡眠呼吸), one or
 *       more lesions (包虫, 暂停低通气) and a disease ending (病, 症, 综合征) — 肝包虫病;
 *   <li>a tumour or a finding that is a condition by itself: a side (左, 双侧), modifiers, body parts
 *       and tissue words (浸润性, 导管, 鳞状细胞), then a tumour (癌, 肉瘤, 淋巴瘤) or a finding (增生, 结节, 囊肿, 息肉)
 *       — 左乳浸润性导管癌, 乳腺增生, 甲状腺结节;
 *   <li>a condition without an ending: one or more modifiers (a lesion + 性 is one: 粘连性, 梗阻性), body
 *       parts and lesions — 粘连性肠梗阻, 急性肾功能衰竭; or body parts and lesions with a grade after them —
 *       骨髓抑制（Ⅲ度）. The modifier or the grade is what makes it a diagnosis: 肠梗阻 or 颅内出血 alone may be
 *       an injury the case describes, which is no health data;
 *   <li>a side, body parts and a lesion no injury leaves (栓塞, 梗死, 萎缩, 活动障碍) — 左眼视网膜中央动脉栓塞,
 *       右侧肢体活动障碍: the side says a clinician wrote it, the lesion that it is a disease's;
 *   <li>a treatment that only a disease calls for: body parts, a device, or both, then 植入术, 搭桥术,
 *       移植术 or 置换术 — 冠状动脉支架植入术 or 支架植入术 tells the heart disease it treats (an operation an injury
 *       needs, 脾切除术, stays).
 * </ul>
 *
 * Only the places where an ending stands are tried, so the cost stays linear; the stage, grade and
 * spread after the diagnosis (ⅡB期, T2N1M0, 伴同侧腋窝淋巴结转移) are read by the caller's pattern.
 */
final class ComposedDiagnoses {

  /** How far before its ending a composed diagnosis may begin. */
  private static final int REACH = 24;

  private final Pattern disease;
  private final Pattern growth;
  private final List<String> growthEndings;
  private final boolean[] growthLast = new boolean[Character.MAX_VALUE + 1];
  private final Pattern modified;
  private final Pattern graded;
  private final Pattern sided;
  private final Pattern treated;
  private final List<String> lesions;
  private final boolean[] lesionLast = new boolean[Character.MAX_VALUE + 1];
  private final boolean[] partLast = new boolean[Character.MAX_VALUE + 1];

  /** A grade after a condition (（Ⅲ度）, Ⅱ度, （重度）): the grade says it is a diagnosis. */
  private static final Pattern GRADE =
      Pattern.compile("[（(]?(?:[ⅠⅡⅢⅣ]{1,3}|IV|I{1,3}|[1-4一二三四])度[）)]?|[（(](?:轻度|中度|重度|极重度)[）)]");

  ComposedDiagnoses(Map<String, List<String>> parts) {
    String modifiers = "(?:" + alternatives(parts, "@MODIFIER") + ")*";
    String body = "(?:" + alternatives(parts, "@PART") + ")+";
    disease =
        Pattern.compile(
            modifiers
                + body
                + "(?:"
                + alternatives(parts, "@LESION")
                + ")+(?:"
                + alternatives(parts, "@ENDING")
                + ")");
    String lesion = "(?:" + alternatives(parts, "@LESION") + ")+";
    modified =
        Pattern.compile(
            "(?:"
                + alternatives(parts, "@MODIFIER")
                + "|(?:"
                + alternatives(parts, "@LESION")
                + ")性)+"
                + body
                + lesion);
    graded = Pattern.compile(body + lesion);
    sided =
        Pattern.compile(
            "(?:"
                + alternatives(parts, "@SIDE")
                + ")"
                + body
                + "(?:"
                + alternatives(parts, "@SIDED")
                + ")");
    // a device says the disease without a body part (行支架植入术, 起搏器植入术)
    String device = "(?:" + alternatives(parts, "@DEVICE") + ")";
    treated =
        Pattern.compile(
            "(?:"
                + body
                + device
                + "?|"
                + device
                + ")(?:"
                + alternatives(parts, "@TREATMENT")
                + ")");
    lesions = parts.getOrDefault("@LESION", List.of());
    lesions.forEach(e -> lesionLast[e.charAt(e.length() - 1)] = true);
    parts.getOrDefault("@PART", List.of()).forEach(e -> partLast[e.charAt(e.length() - 1)] = true);
    String tissue = "(?:" + alternatives(parts, "@TISSUE") + ")";
    growthEndings = new ArrayList<>(parts.getOrDefault("@TUMOUR", List.of()));
    growthEndings.addAll(parts.getOrDefault("@FINDING", List.of()));
    growthEndings.forEach(e -> growthLast[e.charAt(e.length() - 1)] = true);
    growth =
        Pattern.compile(
            "(?:"
                + alternatives(parts, "@SIDE")
                + ")?"
                + modifiers
                + "(?:"
                + body
                + tissue
                + "*|"
                + tissue
                + "+)(?:"
                + growthEndings.stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"))
                + ")");
  }

  /** The words of one part, longer first, as a regex alternation. */
  private static String alternatives(Map<String, List<String>> parts, String part) {
    return parts.getOrDefault(part, List.of("(?!)")).stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  /** Each composed diagnosis as {start, end of its ending}. */
  List<int[]> find(String text) {
    List<int[]> found = new ArrayList<>();
    Matcher d = disease.matcher(text);
    Matcher g = growth.matcher(text);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int start = c == '病' || c == '症' || c == '征' ? startOf(d, i + 1) : -1;
      if (start < 0 && endsAGrowth(text, i)) {
        start = startOf(g, i + 1);
      }
      if (start < 0 && endsALesionAfterAPart(text, i)) {
        start = withoutEnding(text, i + 1);
      }
      if (start < 0 && c == '术') {
        start = startOf(treated.matcher(text), i + 1);
      }
      if (start >= 0) {
        found.add(new int[] {start, i + 1});
      }
    }
    return found;
  }

  private boolean endsAGrowth(String text, int i) {
    if (!growthLast[text.charAt(i)]) {
      return false;
    }
    for (String ending : growthEndings) {
      int from = i + 1 - ending.length();
      if (from >= 0
          && text.charAt(i) == ending.charAt(ending.length() - 1)
          && text.startsWith(ending, from)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A lesion word ends at {@code i} and a body part's last character stands right before it: the
   * cheap test before any pattern runs.
   */
  private boolean endsALesionAfterAPart(String text, int i) {
    if (!lesionLast[text.charAt(i)]) {
      return false;
    }
    for (String lesion : lesions) {
      int from = i + 1 - lesion.length();
      if (from > 0 && partLast[text.charAt(from - 1)] && text.startsWith(lesion, from)) {
        return true;
      }
    }
    return false;
  }

  /** Where a condition without an ending that ends at {@code end} starts, or -1. */
  private int withoutEnding(String text, int end) {
    int start = startOf(modified.matcher(text), end);
    if (start < 0 && GRADE.matcher(text).region(end, text.length()).lookingAt()) {
      start = startOf(graded.matcher(text), end);
    }
    if (start < 0) {
      start = startOf(sided.matcher(text), end);
    }
    return start;
  }

  /** The earliest start of a match of {@code m} that ends exactly at {@code end}, or -1. */
  private static int startOf(Matcher m, int end) {
    m.region(Math.max(0, end - REACH), end);
    while (m.find()) {
      if (m.end() == end) {
        return m.start();
      }
      if (m.start() + 1 >= end) {
        return -1;
      }
      m.region(m.start() + 1, end);
    }
    return -1;
  }
}
