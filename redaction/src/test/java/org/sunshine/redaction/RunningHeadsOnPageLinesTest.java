package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a running head is page furniture wherever the extractor put it — on the page number's
 * line, before or after the number, or on its own line under it — so the address, name or number
 * the page break cut joins across it and is masked whole, while the head itself (a procuratorate's
 * name, which is kept) stays in the output exactly as it was served.
 */
class RunningHeadsOnPageLinesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return r.redactedText();
  }

  private static String indictment(String cut) {
    return "临川市东湖区人民检察院\n起诉书\n　　被告人喻晓峰，男，1988年4月2日出生，汉族，初中文化，无业，住临川市东湖区望江街道梧桐路６６号翠湖\n"
        + cut
        + "\n花园3号楼2单元801室。2024年3月5日因涉嫌盗窃罪被临川市公安局东湖分局刑事拘留。\n"
        + "　　经依法审查查明：2024年2月，被告人喻晓峰在东湖区多次盗窃电动车，价值人民币12000元。\n"
        + "　　本院认为，被告人喻晓峰的行为构成盗窃罪。\n"
        + "检察员　林秋实\n2024年5月6日\n";
  }

  @Test
  void anAddressCutByAHeadSharingTheLineOfItsPageNumberIsMaskedWholeAndTheHeadKept() {
    for (String head :
        new String[] {
          "临川市东湖区人民检察院起诉书　第1页",
          "临川市东湖区人民检察院　起诉书  - 1 -",
          "第1页/共3页　临川市东湖区人民检察院起诉书",
          "—1—  临川市东湖区人民检察院起诉书（自然人犯罪）",
          "临川市东湖区人民检察院 起诉书 1/3",
          "临川市东湖区人 民检察院起诉书    第 1 页 共 3 页"
        }) {
      String out = redact(indictment(head));
      assertThat(out).as(head).doesNotContain("翠湖", "花园3号楼", "801室").contains(head + "\n");
      assertThat(out).as(head).doesNotContain("喻晓峰").contains("检察员　林秋实");
    }
  }

  @Test
  void aProcuratorateDocumentHeadingUnderAPageNumberIsFurnitureEvenOnce() {
    String out = redact(indictment("第 1 页 共 3 页\n临川市东湖区人民检察院检察建议书（副本）"));
    assertThat(out).doesNotContain("翠湖", "花园3号楼").contains("第 1 页 共 3 页\n临川市东湖区人民检察院检察建议书（副本）\n");
  }

  @Test
  void aNameTheHeadCutIsMaskedOnBothSidesOfIt() {
    String text =
        "临川市东湖区人民检察院\n起诉书\n　　被告人喻晓峰，男，1988年4月2日出生，汉族，住临川市东湖区。\n"
            + "　　经依法审查查明：2024年2月，被告人在东湖区多次盗窃电动车，被告人喻\n"
            + "临川市东湖区人民检察院起诉书　第1页\n"
            + "晓峰将所盗车辆出售，得款人民币3000元。\n";
    String out = redact(text);
    assertThat(out.replace("\n", "")).doesNotContain("喻晓峰", "晓峰将");
    assertThat(out).contains("\n临川市东湖区人民检察院起诉书　第1页\n");
  }

  @Test
  void aWrappedLineThatNamesAProcuratorateAndADocumentIsStillText() {
    String text =
        "临川市人民检察院\n刑事申诉复查决定书\n　　申诉人刘德全，男，1970年8月9日出生，汉族，住临川市东湖区望江街道。\n"
            + "　　2024年1月，申诉人刘德全向临川市人民检察院递交申诉书\n"
            + "第 1 页 共 2 页\n"
            + "，请求撤销原判。本院经复查认为，原判认定事实清楚。\n";
    String out = redact(text);
    assertThat(out).doesNotContain("刘德全").contains("临川市人民检察院递交申诉书");
  }
}
