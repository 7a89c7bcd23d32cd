package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The guards an independent review asked of the seventh session's rules: each new reading keeps to
 * the people it was written for, and the words around them stay. Texts written for these tests.
 */
class NotEveryReadingIsAPersonTest {

  private static String redact(String text) {
    return new RedactionEngine().redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void aNameAtTheEndOfALineBeforeACountyWordIsStillMasked() {
    String out = redact("　　被告人王强，男，1980年1月2日出生。2023年5月，王强殴打被害人刘德华\n县公安局接警后出警。\n");
    assertThat(out).doesNotContain("刘德华");
  }

  @Test
  void theClientOfAnAgentIsNoLawyerWhateverFirmFollows() {
    String out = redact("　　被代理人王五，男，1970年1月2日出生，与北京市某某律师事务所签订委托合同。王五、刘六均到场。\n");
    assertThat(out).doesNotContain("王五");
  }

  @Test
  void costItemsBesideTheNamedSumsOfATableStay() {
    String out =
        redact(
            "　　原告郑二虎、郑小虎、郑三宝诉被告某公司。\n附表：\n郑二虎 20160元\n郑小虎 18400元\n郑三宝 12000元\n"
                + "护理费 3000元\n交通费 800元\n鉴定费 1500元\n");
    assertThat(out).contains("护理费", "交通费", "鉴定费").doesNotContain("郑二虎");
  }

  @Test
  void aRiverBankOnAPlotsBoundIsNoNeighbour() {
    String out = redact("　　申请人张建国承包的土地东至金沙江边地，南至黄河滩地，西至李红梅承包地。\n");
    assertThat(out).contains("金沙江边地", "黄河滩地").doesNotContain("李红梅", "张建国");
  }

  @Test
  void aSloganQuotedAfterAVillageIsNoLocalName() {
    String out = redact("　　被告人李大山，男，住某县新民村“扫黑除恶”宣传栏旁。李大山称，“扫黑除恶”是好事。\n");
    assertThat(out).contains("“扫黑除恶”是好事").doesNotContain("新民村");
  }

  @Test
  void whatThePersonDidAfterTheConditionIsNoPartOfIt() {
    String out = redact("　　被告人李大山明知被害人患有心脏病仍殴打被害人。\n");
    assertThat(out).contains("仍殴打被害人").doesNotContain("心脏病");
  }

  @Test
  void thePlotItselfBeforeItsBoundsIsNoName() {
    assertThat(redact("地块情况：\n该宗地东至公路，西至河流。\n")).contains("该宗地东至公路");
  }

  @Test
  void aWordOfTheLanguageBeforeABracketWithAPhoneIsNoName() {
    String out = redact("　　被告人李大山向老板（手机号13800001111）索要工资。\n");
    assertThat(out).contains("向老板").doesNotContain("13800001111");
  }

  @Test
  void aFullNameBeforeARunningHeadJoinedAfterItIsNoPartOfTheCaseNumber() {
    RedactionResult r =
        new RedactionEngine()
            .redact(
                RedactionRequest.of(
                    "　　被告人岩温香，男，傣族，1989年9月9日出生。\n"
                        + "　　经依法审查查明：被告人阿宝负责将毒品带入境内，交由被告人岩温香运\n"
                        + "第 1 页 共 2 页\n"
                        + "西检刑诉〔2025〕44号\n"
                        + "往昆明，每趟报酬人民币3万元。岩温香邀约其女友同行。\n"));
    assertThat(r.publishable()).as("%s", r.verdict()).isTrue();
    assertThat(r.redactedText()).doesNotContain("岩温香");
  }
}
