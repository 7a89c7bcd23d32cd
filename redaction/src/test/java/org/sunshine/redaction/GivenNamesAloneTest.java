package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** People named by a given name alone, or by a name that is also a word or a place. */
class GivenNamesAloneTest {

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void aRelativeOrVillageHeadNamedByAGivenNameAloneAfterTheirRelationIsMasked() {
    String out =
        redact(
            "　　被告人多吉次仁，男，1990年1月1日出生。多吉次仁在其父亲索南的陪同下投案。"
                + "嘎查长朝鲁证实，嘎查从未办理过手续。被害人祁月娥陈述：“会影响我爸爸振邦的征信。”"
                + "听取了被害人祁月娥及其丈夫永平的意见，其妻子说的话均已记录，其父亲当时在场。");
    assertThat(out)
        .doesNotContain("索南", "朝鲁", "振邦", "永平")
        .contains("其妻子说的话", "其父亲当时在场", "嘎查从未办理过手续");
  }

  @Test
  void aNameWithAWeakSurnameIsAPersonWhenABracketDescribesThem() {
    String out =
        redact(
            "　　原案基本情况：2024年4月16日上午，安平（男，1992年3月4日出生）在家门口击打邻村村民褚正明。"
                + "安平案发前曾在安平县务工，褚正明与安平家此前并无纠纷。");
    assertThat(out).doesNotContain("安平案发", "与安平家", "安平（").contains("安平县");
  }

  @Test
  void aNameBeforeNotGuiltyAppealWordsIsNoPartOfTheCaseNumberAfterThem() {
    String out = redact("　　申诉人褚文斌，男，1985年7月19日出生。\n" + "　　申诉人褚文斌不服本院黔检刑不诉〔2024〕15号不起诉决定，向本院提出申诉。");
    assertThat(out).doesNotContain("褚文斌").contains("黔检刑不诉〔2024〕15号");
  }

  @Test
  void aGivenNameThatIsAWordOrAPlaceIsThePersonBeforeWhatOnlyAPersonHasOrDoes() {
    String out =
        redact(
            "　　原告洪立业，男，1976年4月生。被告人芮国庆，男，1972年6月生。被害人姬宁波，男，1990年1月生。\n"
                + "　　证人证实：“老关说先把木头弄到立业名下，廖长生推了国庆一下就走了。”双方互殴，致宁波头皮裂伤，"
                + "宁波一方的人也到场。国庆节期间，创业一方的资金到位，宁波市公安局立案。");
    assertThat(out)
        .doesNotContain("立业名下", "国庆一下", "宁波头皮", "宁波一方")
        .contains("国庆节期间", "创业一方", "宁波市公安局");
  }

  @Test
  void aPlaceThatSharesAPersonsNameIsKeptBeforeItsLevelAndOnItsBanks() {
    String out =
        redact(
            "　　被害人钱塘，男，1980年2月3日出生。被害人钱塘陈述，其在杭州市钱塘区家中接到电话。\n"
                + "　　被告人荀沂河，男，1975年5月5日出生。证人证实：“沂河跟我说，沂河边上的厂子都这么干。”\n"
                + "　　原告田建设，男，1970年1月1日出生。被告承建高标准农田建设项目，田建设多次讨薪。");
    assertThat(out)
        .contains("杭州市钱塘区", "沂河边上", "高标准农田建设项目")
        .doesNotContain("被害人钱塘", "沂河跟我说", "田建设多次");
  }

  @Test
  void aNameWithAWeakSurnameSaidOnceAfterAnOccupationIsMaskedWhereAPersonsClauseGoesOn() {
    String out = redact("　　原告业务员高鹏在接受本院询问时承认，起诉前曾多次催要货款。业务员高速行驶的车辆已查明。");
    assertThat(out).doesNotContain("高鹏").contains("高速行驶");
  }

  @Test
  void aNameThatIsAWordAfterARelationWordIsThePerson() {
    String out = redact("　　经核实，被泄露信息的公民甘露、晏小梅、祁国强等人均证实曾接到诈骗电话，甘露陈述：“对方说出了我的地址。”" + "公民身份号码已核实。");
    assertThat(out).doesNotContain("甘露", "晏小梅").contains("公民身份号码");
  }

  @Test
  void aTibetanNameOfAKnownElementAndCharactersTheStockLacksIsMaskedWhole() {
    String out =
        redact(
            "　　申请人央金，女，1980年1月1日出生。央金之夫次仁贡布生前系某公司钢筋工。"
                + "2023年7月14日上午，次仁贡布在工地作业时突发胸痛。工友证实：“贡布早上就说胸口闷。”");
    assertThat(out).doesNotContain("次仁贡布", "贡布");
  }

  @Test
  void aNameThatIsAWordListedWithAnotherPersonIsThePerson() {
    String out =
        redact("　　被告人夏天，男，2003年6月22日出生。被告人祁向东，男，2002年1月1日出生。" + "2024年夏天，再由夏天、祁向东冒充被害人的哥哥。");
    assertThat(out).doesNotContain("夏天、").contains("2024年夏天");
  }
}
