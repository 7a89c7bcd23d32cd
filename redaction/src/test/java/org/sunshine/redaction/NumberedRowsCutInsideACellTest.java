package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a numbered table row the typesetter cut inside a cell (1　2024年3月2日　　蔺秋|生　　现金) goes on
 * in the next line when that line starts with no row number, so the cell's name, address or number
 * is read whole; two rows that each start with their number stay two rows. A header row whose last
 * column names the typesetter set under a deep indent is one row, so its cells count as the rows'
 * do.
 */
class NumberedRowsCutInsideACellTest {

  private final RedactionEngine engine = new RedactionEngine();

  /** Cuts every paragraph into lines of {@code width} characters, as an extractor does. */
  private static String wrapped(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n")) {
      for (int i = 0; i < paragraph.length(); i += width) {
        out.append(paragraph, i, Math.min(paragraph.length(), i + width)).append('\n');
      }
    }
    return out.toString();
  }

  @Test
  void aNameCutAtTheEndOfANumberedRowIsMaskedWhole() {
    String clean =
        "临川市东湖区人民检察院\n起诉书\n"
            + "　　被告人喻晓峰，男，1988年4月2日出生，汉族，初中文化，无业，住临川市东湖区望江街道梧桐路６６号。"
            + "2024年3月5日因涉嫌盗窃罪被临川市公安局东湖分局刑事拘留。\n"
            + "　　经依法审查查明：2024年2月至4月，被告人喻晓峰在东湖区入户盗窃被害人蔺秋生、蒯玉芬、邰春来家三次，具体如下：\n"
            + "序号　时间　　　　　被害人　　被盗物品　　价值（元）\n"
            + "1　2024年3月2日　　　蔺秋生　　现金　　　　5200\n"
            + "2　2024年3月9日　　　蒯玉芬　　金戒指　　　8300\n"
            + "3　2024年4月1日　　　邰春来　　手机　　　　4100\n"
            + "　　本院认为，被告人喻晓峰以非法占有为目的，入户盗窃他人财物，数额较大，其行为已触犯《中华人民共和国刑法》"
            + "第二百六十四条，应当以盗窃罪追究其刑事责任。\n检察员　林秋实\n2024年5月6日\n";
    String text = wrapped(clean, 16);
    assertThat(text).contains("蔺秋\n生　　现金");
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    String out = r.redactedText();
    assertThat(out.replace("\n", ""))
        .doesNotContain("蔺秋生", "生　　现金", "芬　　金戒指", "来　　手机")
        .contains("5200", "8300", "4100");
    // the rows stay rows: each starts on its own line with its number
    assertThat(out).contains("\n2　2024年3月9日", "\n3　2024年4月1日");
  }

  @Test
  void aHeaderRowCutBeforeItsLastColumnNamesIsOneRow() {
    String text =
        "　　经入户核查，违规享受低保情况如下：\n"
            + "序号　户主　　　住址　　　　　　　　违规情形　　　　\n"
            + "　　　　　　　领取金额（元）\n"
            + "1　　蔺秋生　望江镇梧桐村3组41号　　　家庭成员名下有轿车　　　9360\n"
            + "　　　　　　　以上共计人民币9360元。\n";
    String read = NormalisedText.of(text).text();
    assertThat(read).contains("违规情形　领取金额（元）\n1　　蔺秋生");
    // a deeply indented sentence under a header is no column name
    assertThat(read).contains("9360\n　　　　　　　以上共计");
  }
}
