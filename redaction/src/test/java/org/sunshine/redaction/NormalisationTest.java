package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule: whatever the extraction did to the layout (hard wraps, page footers, full-width digits,
 * stray spaces, dates in Chinese numerals), the engine finds what a reader finds, and its findings
 * land on the original text.
 */
class NormalisationTest {

  private final RedactionEngine engine = new RedactionEngine();

  private RedactionResult redact(String text) {
    return engine.redact(RedactionRequest.of(text));
  }

  /** The paragraphs as a PDF extractor gives them: cut every {@code width} characters. */
  private static String wrapped(int width, String... paragraphs) {
    StringBuilder out = new StringBuilder();
    for (String p : paragraphs) {
      String text = "　　" + p;
      for (int i = 0; i < text.length(); i += width) {
        out.append(text, i, Math.min(text.length(), i + width)).append('\n');
      }
    }
    return out.toString();
  }

  private static final String HEADING = "某某市某某区人民检察院\n不起诉决定书\n某检刑不诉〔2026〕12号\n";

  @Test
  void aNameSplitByALineBreakIsMaskedWhole() {
    // 20 characters a line: 被不起诉人 + 诸葛 end the first line, 晓峰 starts the second.
    String text =
        HEADING
            + wrapped(
                20,
                "被不起诉人诸葛晓峰，男，住甘肃省兰州市七里河区西津西路街道建兰路一百二十号。",
                "经本院依法审查查明：2025年6月3日，被不起诉人诸葛晓峰在七里河区一商场内与他人发生口角，后双方和解。本院认为，诸葛晓峰的行为情节显著轻微，决定不起诉。",
                "检察官　林秋实")
            + "2026年2月1日\n";
    RedactionResult r = redact(text);
    String flat = ResidualCheck.normalise(r.redactedText());
    assertThat(flat).doesNotContain("诸葛晓峰").doesNotContain("晓峰").contains("诸某某");
    assertThat(r.findings())
        .allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()));
  }

  @Test
  void anIdNumberInFullWidthDigitsIsMasked() {
    String out = redact("起诉书\n　　被告人韦德良，男，公民身份号码４５０１０２　１９８８０７１５　３３１Ｘ，住南宁市。").redactedText();
    assertThat(ResidualCheck.normalise(out)).doesNotContain("19880715").contains("450102");
  }

  @Test
  void anIdNumberBrokenByAPageFooterIsMasked() {
    String first = "　　被告人蓝海生，男，汉族，公民身份号码3201021979";
    String text =
        "起诉书\n"
            + "　　某某市人民检察院指控，被告人蓝海生于二〇二五年在某地盗窃。\n"
            + first
            + "\n\n第 1 页 共 3 页\n\n"
            + "03124516，住江苏省南京市玄武区锁金村街道龙蟠路九十九号。\n"
            + "　　本院认为，被告人蓝海生的行为构成盗窃罪。\n";
    RedactionResult r = redact(text);
    String flat = ResidualCheck.normalise(r.redactedText());
    assertThat(flat).doesNotContain("19790312").doesNotContain("03124516");
    assertThat(r.findings())
        .anySatisfy(f -> assertThat(f.category()).isEqualTo(Category.ID_NUMBER));
  }

  @Test
  void aBirthDateInChineseNumeralsIsMasked() {
    for (String date : List.of("一九八五年三月十二日", "1985.3.12", "1985-03-12", "1985年3月")) {
      String text = "起诉书\n　　被告人卢向东，男，" + date + "出生，汉族，住某地。\n　　经依法审查查明：2025年1月2日，被告人卢向东盗窃手机一部。\n";
      String out = ResidualCheck.normalise(redact(text).redactedText());
      assertThat(out).as(date).doesNotContain(date).doesNotContain("1985");
      assertThat(out).as(date).contains("2025年1月2日");
    }
  }

  @Test
  void aBirthDateInTheFirstMonthWrittenYuanYueIsMasked() {
    for (String date : List.of("1985年元月12日", "一九八五年元月十二日")) {
      String text = "起诉书\n　　被告人卢向东，男，" + date + "出生，汉族，住某地。\n　　经依法审查查明：2025年元月2日，被告人卢向东盗窃手机一部。\n";
      String out = ResidualCheck.normalise(redact(text).redactedText());
      assertThat(out).as(date).doesNotContain("1985").contains("2025年元月2日");
    }
  }

  @Test
  void aProceduralDateInChineseNumeralsIsKept() {
    String text = "起诉书\n　　被告人卢向东，男，1985年3月12日出生。\n　　经依法审查查明：二〇二五年一月二日，被告人卢向东盗窃手机一部。\n";
    RedactionResult r = redact(text);
    assertThat(r.redactedText()).contains("二〇二五年一月二日");
    assertThat(r.overRedactions()).isEmpty();
  }

  @Test
  void pageFurnitureIsLeftInTheOutputButNotReadAsText() {
    NormalisedText n = NormalisedText.of("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥\n- 2 -\n第 2 页 共 5 页\n乙丙。\n");
    assertThat(n.text()).doesNotContain("页").doesNotContain("2");
  }

  @Test
  void strayspacesBetweenChineseCharactersAndDigitsAreClosedForReading() {
    NormalisedText n = NormalisedText.of("被害人 黄 丽 娟，电话 139 0000 1234，John Smith");
    assertThat(n.text()).isEqualTo("被害人黄丽娟，电话13900001234，John Smith");
    // the offsets point back into the original
    int at = n.text().indexOf("黄丽娟");
    assertThat(n.originalStart(at)).isEqualTo(4);
    assertThat(n.originalEnd(at + 3)).isEqualTo(9);
  }

  @Test
  void shortLinesAndLinesEndingASentenceAreNeverJoined() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      lines.add("这是一个完整的句子，它在行末结束并带有句号标点符号。");
    }
    lines.add("检察官　林秋实");
    lines.add("2026年2月1日");
    String text = String.join("\n", lines);
    assertThat(NormalisedText.of(text).text().lines().count()).isEqualTo(8);
  }
}
