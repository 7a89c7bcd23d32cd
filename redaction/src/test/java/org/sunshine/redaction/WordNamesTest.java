package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names whose characters make an ordinary word, nicknames used alone, rarer surnames: read as a
 * person where the document declares one, left as the word everywhere else.
 */
class WordNamesTest {

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void aNameThatIsAWordAfterAPartysRoleWordIsThePersonAndStaysAWordElsewhere() {
    String out =
        redact(
            "　　经审查查明：2024年3月2日晚，被不起诉人安然与朋友在饭店吃饭时，与邻桌的被害人文静发生争执。"
                + "证人证实看见安然推了文静一下，文静倒地受伤。事后其余人均安然无恙。被害人性格文静，平时少言。");
    assertThat(out).doesNotContain("人安然", "人文静", "看见安然", "推了文静", "，文静倒地").contains("安然无恙", "性格文静");
  }

  @Test
  void aNameThatIsAWordIsNotMaskedInsideAPhraseAModifierOpens() {
    String out =
        redact("　　被告人高原，男，1990年2月3日出生，汉族，住某某县某某镇。\n" + "　　经审查查明：被告人高原长期在青藏高原的牧区收购牛羊，高原多次拖欠货款。");
    assertThat(out).doesNotContain("被告人高原", "，高原多次").contains("青藏高原的牧区");
  }

  @Test
  void anItemOfAListOfPeopleWithARarerSurnameIsAPersonEvenWhenItIsAWord() {
    String out =
        redact(
            "　　经审查查明：被告人甄立明吸收公众存款，其中部分集资参与人如下：\n"
                + "　　1．庞秀兰，投入人民币6万元；\n"
                + "　　2．花蕊，投入人民币3万元；\n"
                + "　　3．原野，投入人民币9万元。\n"
                + "　　案发后，花蕊等人报案。");
    assertThat(out).doesNotContain("花蕊", "原野").contains("投入人民币3万元");
  }

  @Test
  void aTableIndentedLikeAParagraphKeepsItsCellsApartSoTheNameColumnIsRead() {
    String out =
        redact(
            "　　经复查查明，申诉人拖欠下列劳动者工资：\n"
                + "　　序号　姓名　　工种　　拖欠金额（元）\n"
                + "　　1　　岑丽娟　油漆工　12,300\n"
                + "　　2　　要新民　焊工　　16,800\n"
                + "　　3　　冀红旗　电工　　9,450\n");
    assertThat(out).doesNotContain("岑丽娟", "要新民", "冀红旗").contains("焊工", "16,800");
  }

  @Test
  void aNicknameSomebodyIsCalledInQuotesIsMaskedWhereverItStands() {
    String out =
        redact(
            "　　经审查查明：被告人柴宏伟纠集他人强拿硬要，团伙内部称柴宏伟为“瓦哥”。"
                + "被告人DIALLO MOUSSA（同伙称其为“DM”）负责联络。证人证实：“有事都找瓦哥，DM管送货。”");
    assertThat(out).doesNotContain("瓦哥", "DM").contains("负责联络");
  }

  @Test
  void aChildsDoubledGivenCharacterIsMaskedWhereItOpensAClauseButNotAsAWord() {
    String out = redact("　　经审查查明：被告人卢建军多次殴打其继女卢小满（2013年6月1日出生）。" + "证人证实：“满满晚上常常躲到我家，家里满满一屋子酒瓶。”");
    assertThat(out).doesNotContain("卢小满", "“满满晚上").contains("满满一屋子");
  }

  @Test
  void theFamiliarNameOfAPersonaAFraudsterPlayedIsMaskedWhereverItStands() {
    String out = redact("　　经审查查明：被告人管志鹏使用微信冒充“客服小蝶老师”添加被害人，诱导其充值。" + "被害人陈述：“小蝶老师让我先做三单任务。”");
    assertThat(out).doesNotContain("小蝶").contains("充值");
  }

  @Test
  void aCompanysClerkNamedBeforeWhatTheyAttestIsMasked() {
    String out = redact("　　经审查查明：房屋中介公司经办人鲍立群证实，看房时房屋由他人居住。本院询问了你局经办人员。");
    assertThat(out).doesNotContain("鲍立群").contains("你局经办人员");
  }

  @Test
  void aDeclaredWordNameAfterAPrepositionThatOpensItsClauseIsThePerson() {
    String out =
        redact(
            "　　被申请人高原，男，1976年9月5日出生，住某某县某某镇。\n"
                + "　　借款人民币250000元由高原转给他人。乘客趁机将高原放在车内的手机拿走。青藏高原的牧场由高原牧业公司经营。");
    assertThat(out).doesNotContain("由高原转给", "将高原放在").contains("青藏高原的牧场");
  }

  @Test
  void aNameThatIsAWordAfterANounOrBeforeAMotionIsStillTheWord() {
    String out =
        redact(
            "　　原告向前，男，1975年2月1日出生，住某某县某某镇。\n" + "　　本院认为，被告应支付原告向前工资。向前此后申请执行。本院将推动工作向前推进，继续向前推进。");
    assertThat(out).doesNotContain("原告向前", "。向前此后").contains("工作向前推进", "继续向前推进");
  }

  @Test
  void aGivenNameThatIsAWordAfterACopulaIsThePerson() {
    String out = redact("　　被告人冼明亮，男，1991年4月2日出生。\n" + "　　证人证实：“那辆车总在村里转，开车的就是明亮，我认得他。”教室里很明亮。");
    assertThat(out).doesNotContain("就是明亮").contains("教室里很明亮");
  }

  @Test
  void aNameWithHaveAfterARoleWordIsRead() {
    String out = redact("　　经审查查明：被告公司向河道倾倒废液。村民钱有福证实：“半夜常有罐车进来。”");
    assertThat(out).doesNotContain("钱有福").contains("半夜常有罐车进来");
  }

  @Test
  void whomACourtSentencedAndABriberListedInATableAreMasked() {
    String out =
        redact(
            "　　经审查查明：某某县人民法院以故意伤害罪判处禄志华有期徒刑十年。罪犯葛立春驾车逃逸。\n"
                + "　　序号　行贿人　　　　单位／身份　　　　金额（万元）\n"
                + "　　1　　柴永林　　　　砂石场经营者　　　36\n"
                + "　　2　　战国良　　　　建材商　　　　　　24\n");
    assertThat(out).doesNotContain("禄志华", "葛立春", "柴永林", "战国良").contains("有期徒刑十年", "建材商");
  }

  @Test
  void aNameDescribedWithXiBeforeACompanyIsAPersonNotTheCompany() {
    String out =
        redact("　　经审查查明：申请人之夫岳太平系山西晋阳建工有限公司钢筋工，岳太平在工地晕倒。" + "证人证实：“太平那天上午说胸口疼。”太平洋保险公司出具了材料。");
    assertThat(out).doesNotContain("岳太平", "“太平那天").contains("太平洋保险公司");
  }

  @Test
  void anAdjectiveAfterAnAdverbOfDegreeIsNoName() {
    String out = redact("　　被告人简洁，男，1988年1月17日出生。\n　　证人证实：“他说开车回去很简洁的。”被告人简洁对此无异议。");
    assertThat(out).contains("很简洁的").doesNotContain("被告人简洁");
  }

  @Test
  void aNameWithoutASurnameAfterARoleWordOrInAnAnnotatedListIsMasked() {
    String out = redact("　　经审查查明：被告人岩温介绍同村的岩保（另案处理）、玉喃（另案处理）提供银行卡。" + "本院检察官在翻译人员格桑的协助下询问了证人。");
    assertThat(out).doesNotContain("玉喃", "格桑").contains("翻译人员");
  }

  @Test
  void anAmountAfterARoleWordEndingInRenIsNoName() {
    String out = redact("　　经审查查明：出借人钟立华向被告出借人民币20万元，投资人民币50万元的集资参与人邵金凤未获兑付。");
    assertThat(out).contains("出借人民币20万元", "投资人民币50万元").doesNotContain("钟立华");
  }

  @Test
  void wordsAfterARoleWordThatNoPersonHoldsStayWords() {
    String out =
        redact(
            "　　经审查查明：案外人权益受损，该调解书损害他人合法权益。所得赃款由二被告人分用。"
                + "听取了集资参与人代表的意见，申诉人自建的两间仓房被认定为违法建筑，申请通知证人到庭。");
    assertThat(out).contains("案外人权益受损", "二被告人分用", "集资参与人代表的意见", "申诉人自建的", "证人到庭");
  }

  @Test
  void anActOrAParticleAfterARoleWordIsNoPersonButAListUnderARoleHeadingIs() {
    String out =
        redact(
            "　　原告（共两人）：\n"
                + "　　1.向前，男，1971年3月8日出生，住某某县某某镇。\n"
                + "　　2.蒯秀芝，女，1976年10月1日出生，住某某县某某镇。\n"
                + "　　经审查查明：被告未支付原告向前工资。被害人充值后平台关闭，建议对被告人宣告从业禁止，"
                + "他推了民警一把，邻居等人的证言在卷。");
    assertThat(out)
        .doesNotContain("1.向前", "原告向前", "蒯秀芝")
        .contains("被害人充值后", "被告人宣告从业禁止", "民警一把", "邻居等人的证言");
  }

  @Test
  void aWordNameWithItsPartyOrAsWhomMoneyIsOwedIsThePerson() {
    String out =
        redact(
            "　　被告人简单，男，1988年1月17日出生。原告向前，男，1971年3月8日出生。\n"
                + "　　经审查查明：服务员证实简单一行人当晚饮酒，事情很简单。被告欠向前人民币52300元，工作向前推进。");
    assertThat(out).doesNotContain("简单一行人", "欠向前").contains("事情很简单", "工作向前推进");
  }
}
