package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Layout classes a PDF extractor or an OCR pass makes of a clean document: a stray space inside a
 * cell, a cut inside a bracket or a cell gap, a page line beside another, a wrapped sentence that
 * OCR spaced like a row. The normalised text reads as the writer set it.
 */
class ExtractedTablesAndWrapsTest {

  private static String normalised(String text) {
    return NormalisedText.of(text).text();
  }

  private static String redact(String text) {
    return new RedactionEngine().redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void aRowWithACellMoreThanItsHeaderHasItsStraySpaceBesideALoneCharacterClosed() {
    String text =
        "　　被告拖欠工人工资如下：\n"
            + "序号　姓名　出生日期　欠付金额\n"
            + "1　蔺　志强　1980年2月3日　16500\n"
            + "2　廖晓　梅　1985年3月2日　18900\n"
            + "3　范小磊　1979年5月6日　21000\n";
    assertThat(normalised(text)).contains("1　蔺志强　1980", "2　廖晓梅　1985", "3　范小磊　1979");
    assertThat(redact(text)).doesNotContain("志强", "晓梅", "小磊").contains("16500");
  }

  @Test
  void underAHeaderOfWideGapsASingleSpaceBetweenTwoWordsOfACellIsStray() {
    String text =
        "　　检查发现下列经营者存在问题：\n" + "序号　经营场所　　　　经营者　　主要问题\n" + "1　城南街道育才　路东段26号　　牟德胜　　销售过期食品\n";
    assertThat(normalised(text)).contains("城南街道育才路东段26号　　牟德胜");
  }

  @Test
  void aRowWithAsManyCellsAsItsHeaderKeepsItsGaps() {
    // a lone character in a row of the header's width is a cell of its own (性别)
    String text = "　　其余人员：\n序号　姓名　性别　民族\n1　黎明　女　回族\n";
    assertThat(normalised(text)).contains("1　黎明　女　回族");
  }

  @Test
  void aNumberAndAClosingBracketUnderALineThatLeftABracketOpenAreNoItemNumber() {
    String text = "　　被不起诉人郦松涛，现住山东省临沂市兰山区某小区，联系电话（053\n" + "9）8317062。因涉嫌盗窃罪，于2023年3月20日被取保候审。\n";
    assertThat(normalised(text)).contains("联系电话（0539）8317062");
    assertThat(redact(text)).doesNotContain("8317062");
  }

  @Test
  void aLoneNumberUnderAPageFootIsThePageNumberNotACellOfAStackedRow() {
    String text =
        "　　附：原告名单\n"
            + "序号\n姓名\n公民身份号码\n欠薪金额（元）\n"
            + "1\n第 2 页 共 4 页\n3\n吉克阿呷\n513434198803122912\n48200\n"
            + "2\n沙马拉则\n51343419920115441X\n39600\n"
            + "　　此致\n";
    assertThat(normalised(text))
        .contains("1　吉克阿呷　513434198803122912　48200\n2　沙马拉则")
        .doesNotContain("1　3");
  }

  @Test
  void aLineGoingOnWithAWrappedSentenceIsNoTableRowHoweverOcrSpacedIt() {
    String text =
        "　　被告人覃某某，男，1993年12月30日出生，壮族，初中文化，无业，户\n"
            + "籍所在地广西壮族自治　区南宁　市武鸣区府城镇东风村那汉坡东\n"
            + "二巷18号。因涉嫌诈骗罪，于2024年4月8日被刑事拘留，同年5月1\n"
            + "3日被逮捕。\n"
            + "　　本案由公安机关侦查终结，以被告人涉嫌诈骗罪移送起诉。\n";
    assertThat(normalised(text)).contains("无业，户籍所在地广西壮族自治区南宁市武鸣区府城镇东风村那汉坡东二巷18号。");
  }

  @Test
  void aHeaderCutInAGapGoesOnInItsNextLineAndARowCutInAGapInItsIndentedTail() {
    String text =
        "　　先后五次入户盗窃，具体如下：\n"
            + "序号　作案时间　　　被盗户住址　　　\n"
            + "户主　　　被盗物品　　　　价值（元）\n"
            + "1　2024年11月6日　古城街道北洛村中心街36号　　郇德胜　金项链1条　　6800\n"
            + "2　2024年12月14日　化龙镇裴岭村二街西头　\n"
            + "　綦玉兰　现金、金戒指　　9300\n"
            + "3　2025年1月22日　稻田镇稻田东村一处独院　　隋春华　现金　\n"
            + "　　　　12000\n"
            + "　　以上共计价值人民币28100元。\n";
    assertThat(normalised(text))
        .contains("被盗户住址　户主")
        .contains("二街西头　綦玉兰　现金")
        .contains("隋春华　现金　12000");
  }
}
