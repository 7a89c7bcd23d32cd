package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: places down to county level, public bodies and the words of the narrative stay; only
 * what is a person's is masked — also where a place or a word looks like a name, or a person's name
 * looks like a place.
 */
class KeptPlacesAndWordsTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    return engine.redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void anAutonomousCountyWithALongNameOfPeoplesIsKept() {
    String out =
        redact(
            """
            起诉书
            　　被告人马有福，男，1980年1月2日出生，住某某省某某回族自治州积石山保安族东乡族撒拉族　自治县大河家镇大墩村8号。
            """);
    assertThat(out).contains("积石山保安族东乡族撒拉族").doesNotContain("大河家", "大墩村");
  }

  @Test
  void aForeignStateWrittenInFullKeepsItsStateAndCounty() {
    assertThat(AdminPrefix.end("缅甸联邦共和国掸邦木姐县第十区曼秀路45号", 0)).isEqualTo("缅甸联邦共和国掸邦木姐县".length());
  }

  @Test
  void hongKongAndItsPartOfTheTerritoryAreKept() {
    assertThat(AdminPrefix.end("香港九龙旺角弥敦道688号", 0)).isEqualTo("香港九龙".length());
    assertThat(AdminPrefix.end("香港特别行政区新界沙田区大围道1号", 0)).isEqualTo("香港特别行政区新界沙田区".length());
  }

  @Test
  void twoCuesSharingOneAddressKeepItsCounty() {
    String out =
        redact(
            """
            不起诉决定书
            　　被不起诉人濮新民，男，1979年5月6日出生，户籍地及住所地均为某某省某某市某某区松林街道油坊路翠竹苑12幢501室。
            """);
    assertThat(out).contains("户籍地及住所地均为某某省某某市某某区").doesNotContain("松林街道", "翠竹苑");
  }

  @Test
  void aHomeInAListOfSeizedPropertyKeepsItsCountyAndAUseOfAHouseIsNoAddress() {
    String out =
        redact(
            """
            起诉书
            　　被告人蓝海鹰，男，1975年1月1日出生，住某某市。
            　　扣押财物：住宅（某某市某某区金沙街道海口路88号丽苑2号楼2102户）一套。
            　　征收部门对该房屋按住宅用途给予货币补偿人民币836500元。
            """);
    assertThat(out).contains("住宅（某某市某某区", "按住宅用途给予货币补偿人民币836500元").doesNotContain("金沙街道", "海口路");
  }

  @Test
  void aGivenNameThatIsAPlaceIsKeptBeforeAPlaceWord() {
    String out =
        redact(
            """
            民事公益诉讼起诉书
            　　被告：仇平遥，男，1970年3月3日出生，住某某县。
            　　平遥古城作为文化遗产，仇平遥擅自拆除其院落。“平遥，你停手”，邻居劝阻。
            """);
    assertThat(out).contains("平遥古城作为文化遗产").doesNotContain("仇平遥", "“平遥，");
  }

  @Test
  void aGivenNameThatIsADirectionIsKeptBeforeAVerbOfMotion() {
    String out =
        redact(
            """
            不起诉决定书
            　　被不起诉人幸向东，男，1965年12月8日出生，住某某县。
            　　经审查查明：幸向东驾驶越野车沿江岸公路向东行驶时被查获。向东供认不讳。
            """);
    assertThat(out).contains("公路向东行驶").doesNotContain("幸向东", "。向东供认");
  }

  @Test
  void aNameReadBeforeTheLevelOfAPlaceIsThePlace() {
    String out =
        redact(
            """
            行政抗诉书
            　　申请人：滕铁柱，男，1970年1月1日出生，住某某市。
            　　被申请人（一审被告）：石门台市
            人力资源和社会保障局，住所地某某省石门台市。
            　　原审第三人：石门台恒驰物流有限公司，住所地某某省石门台市。
            　　滕铁柱因诉石门台市人力资源和社会保障局、原审第三人石门台恒驰物流有限公司工伤认定一案，并向石门台市人民政府申请复议。
            """);
    assertThat(out).contains("石门台市人力资源和社会保障局", "并向石门台市人民政府").doesNotContain("滕铁柱");
  }

  @Test
  void aGivenNameThatIsAWordStaysWhereItStartsAPhraseAndIsMaskedWhereThePersonActs() {
    String out =
        redact(
            """
            检察建议书
            　　申请人邝建设，男，1970年1月1日出生，住某某市。
            　　经查，建设工程位于某某开发区。建设说他多次反映，“建设，你回去等”，工作人员答复。
            """);
    assertThat(out).contains("经查，建设工程位于").doesNotContain("。建设说", "“建设，", "邝建设");
  }
}
