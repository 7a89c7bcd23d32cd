package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whatever a diagnosis label introduces is a diagnosis, as whatever follows 微信号 is an account:
 * 经诊断为阵发性室上性心动过速, 被确诊患有…, 诊断结果为…, and a person said to suffer from it (患有…, 2019年患…所致). The words
 * after the label, up to the end of the clause, are masked though no vocabulary names them. An
 * injury (脾破裂, 肋骨骨折, 颅脑损伤), a reference (上述疾病, 该病) and a course (病情稳定, 好转) are no diagnosis of a
 * person and stay; so does a clause longer than a diagnosis is written.
 */
final class DiagnosisLabels {

  private static final Pattern LABEL =
      Pattern.compile("(?:诊断为|确诊为|诊断患有|确诊患有|诊断结果为|诊断结论为|(?<!隐)患有|(?<=[年曾因])患(?![者病儿有]))[：:“\"]?");

  /** Words that end the diagnosis and go on with the sentence (…癌Ⅱ期并住院, …后死亡). */
  private static final Pattern CLAUSE_GOES_ON =
      Pattern.compile("并|住院|入院|需|遂|被|的|且|而|仍|又|却|但|还|所致|多年|病史|，|,|。|；|;|、|”|\"|\\n|\\s|$");

  private static final Pattern NO_DIAGNOSIS =
      Pattern.compile("伤|骨折|破裂|撕裂|挫|血肿|脱位|离断|死亡|窒息|稳定|好转|正常|痊愈|上述|该病|此病|其病|疾病$|无");

  /** The longest a diagnosis is written (急性广泛前壁心肌梗死, 注意缺陷多动障碍). */
  private static final int LONGEST = 16;

  private DiagnosisLabels() {}

  /** Where the next 诊 or 患 from {@code from} stands, or -1: every label holds one of them. */
  private static int nextLabel(String text, int from) {
    int diagnosed = text.indexOf('诊', from);
    int suffers = text.indexOf('患', from);
    return diagnosed < 0 ? suffers : suffers < 0 ? diagnosed : Math.min(diagnosed, suffers);
  }

  /** [start, end) of each diagnosis after a label. */
  static List<int[]> find(String text) {
    List<int[]> found = new ArrayList<>();
    Matcher label = LABEL.matcher(text).useTransparentBounds(true);
    for (int at = nextLabel(text, 0); at >= 0; at = nextLabel(text, at + 1)) {
      // 诊断为 starts at 诊, 确诊为 one character before it; 患有 at 患 (诊断患有 was read at its 诊)
      boolean afterDiagnosis = at > 0 && text.charAt(at) == '患' && text.charAt(at - 1) == '断';
      if (afterDiagnosis
          || !label.region(at, text.length()).lookingAt()
              && !(at > 0
                  && text.charAt(at) == '诊'
                  && label.region(at - 1, text.length()).lookingAt())) {
        continue;
      }
      int start = label.end();
      int end = start;
      Matcher stop = CLAUSE_GOES_ON.matcher(text);
      while (end < text.length()
          && end - start <= LONGEST
          && Lexicon.isHan(text.charAt(end))
          && !stop.region(end, text.length()).lookingAt()) {
        end++;
      }
      if (end - start >= 2
          && end - start <= LONGEST
          && !NO_DIAGNOSIS.matcher(text.substring(start, end)).find()) {
        found.add(new int[] {start, end});
      }
    }
    return found;
  }
}
