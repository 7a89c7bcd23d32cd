package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: the rows of a list under a heading that names people hold people even when the heading
 * wraps before its colon, the rows carry no number or their single spaces were closed up; a witness
 * named after a description of them (同钓者, 协管员, a village cadre's office) is masked.
 */
class ListedAndDescribedPeopleTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void aNumberedListUnderAWrappedHeadingWithSingleSpacesHoldsPeople() {
    String out =
        redact(
            """
            起诉书
            　　被告人梁晓东以高额返利为诱饵吸收资金，造成被害人损失共计人民币900000元。部分被害人损失情况
            如下：
            1 宓春兰 300000
            2 钟离文海 250000
            3 郦秋实 120000
            　　郦秋实于2022年5月起多次追问还款。
            　　本院认为，被告人梁晓东的行为构成集资诈骗罪。
            """);
    assertThat(out).doesNotContain("宓春兰", "钟离文海", "郦秋实").contains("300000", "2022年5月");
  }

  @Test
  void unnumberedRowsThatOpenWithANameAndCarryAFigureHoldPeople() {
    String out =
        redact(
            """
            起诉书
            　　被告人梁晓东向老年人推销保健品。部分被害人情况如下：
            　　幺春梅　七十一岁　被骗人民币52000元
            　　腾有福　八十岁　被骗人民币31000元
            　　参与人员及层级情况如下：
            　　温都日娜，第二级，获利人民币83000元（另案处理）；
            　　邝青禾，第三级，获利人民币21000元（不起诉）。
            　　本院认为，被告人梁晓东的行为构成诈骗罪。
            """);
    assertThat(out).doesNotContain("幺春梅", "腾有福", "温都日娜", "邝青禾").contains("52000", "83000");
  }

  @Test
  void aSingleParagraphUnderAPeopleHeadingIsNoList() {
    String out =
        redact(
            """
            起诉书
            　　证人证言如下：
            　　经审查，2023年5月被告人梁晓东在仓库内取走货物。
            　　本院认为，被告人梁晓东的行为构成盗窃罪。
            """);
    assertThat(out).contains("经审查", "2023年5月");
  }

  @Test
  void aWitnessNamedAfterADescriptionOrAVillageOfficeIsMasked() {
    String out =
        redact(
            """
            不起诉决定书
            　　证人、同钓者鲍长林证实：“我听到有人喊救命。”证人、路口交通协管员翟文俊证实其看到了事故经过。
            该村党支部书记向明亮证实，垃圾系夜间倾倒。村民委员会委员祁建设发现异味后报警。证人甘秋水、原村主任任满囤均证实该房屋系经批准建设。
            """);
    assertThat(out).doesNotContain("鲍长林", "翟文俊", "向明亮", "祁建设", "任满囤", "甘秋水");
  }

  @Test
  void aQuotedCellRightAfterAListedNameIsThatPersonsCallSign() {
    String out =
        redact(
            """
            不起诉决定书
            　　经查，被不起诉人接送的卖淫女情况如下：
            1 柏素云 “燕子” 2001年4月2日 湖南省永州市
            2 简晓岚 “朵朵” 1998年7月9日 湖南省郴州市
            　　证人简晓岚证实，燕子和朵朵都由被不起诉人接送。
            """);
    assertThat(out).doesNotContain("柏素云", "简晓岚", "燕子", "朵朵");
  }

  @Test
  void aQuotedCallSignThatABracketDescribesAsAPersonIsMasked() {
    String out =
        redact(
            """
            起诉书
            　　被告人梁晓东与境外赌场股东“炳哥”（缅甸籍，身份待查）约定分成，将赃款交付“车手头”“瘦猴”（身份不明），
            又通过网约车乘客“小黎哥”
            （手机号码13800001111）转交，并以“城南小灰狼”的网名出售个人信息。
            """);
    assertThat(out).doesNotContain("炳哥", "瘦猴", "小黎哥", "城南小灰狼").contains("车手头");
  }

  @Test
  void aGivenNameThatIsAPlaceIsThePersonBeforeABodyPart() {
    String out =
        redact(
            """
            不起诉决定书
            　　被害人乔松江与被不起诉人发生争执。证人证实：“他拿铁锹拍了松江脑袋，松江当场倒地。”
            　　上海市松江区人民检察院派员参加。
            """);
    assertThat(out).doesNotContain("乔松江", "拍了松江脑袋").contains("松江区");
  }
}
