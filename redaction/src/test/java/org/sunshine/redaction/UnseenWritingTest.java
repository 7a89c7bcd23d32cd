package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The rule: identifiers and people written the way other writers write them — a plate with a space
 * or a dot anywhere or eight characters long, an ID cut by a wrap right before a bracket, a quoted
 * nickname that is all a document has for somebody, the owner column of a table of seized property
 * — are masked by the rules alone, and what merely stands near them stays.
 */
class UnseenWritingTest {

  private final RedactionEngine engine = new RedactionEngine();

  /** The rules alone: neither HanLP nor the learned model may mask what a test expects masked. */
  private static RedactionPolicy rulesOnly() {
    try {
      return RedactionPolicy.load(new StringReader("learned-recall=false\nhanlp-recall=false"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String redact(String text, RedactionPolicy policy) {
    RedactionResult r =
        engine.redact(new RedactionRequest(text, null, null, PseudonymMap.empty(), policy, null));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  private String redact(String text) {
    return redact(text, RedactionPolicy.defaults());
  }

  private static String civil(String facts) {
    return "民事抗诉书\n　　申请人（原审被告）：禚立成，男，1979年4月2日出生。\n　　经审查查明：" + facts + "\n检察员　赵敏\n";
  }

  @Test
  void aPlateIsMaskedWithASpaceOrADotAfterTheProvinceOrTheLetter() {
    String out = redact(civil("禚立成驾驶苏 A5M27L号车赶到，对方驾驶皖A·8K2Y9和粤B D12345两辆车离开。"));
    assertThat(out).doesNotContain("A5M27L", "8K2Y9", "D12345").contains("苏******");
  }

  @Test
  void anEightCharacterNewEnergyPlateAndAPlateWithLettersPlatesNeverCarryAreMasked() {
    String out = redact(civil("禚立成名下有一辆号码为浙CD78520的新能源汽车和一辆鲁QDI4443号轿车。"));
    assertThat(out).doesNotContain("CD78520", "DI4443", "D7852");
  }

  @Test
  void aPlateLabelMasksThePlateAndNotTheRestOfTheClause() {
    String out = redact(civil("禚立成驾驶的号牌为苏F D62819的纯电动轿车在园林路口与牌照为冀F·8Q6B3的货车相撞。"));
    assertThat(out).doesNotContain("D62819", "8Q6B3").contains("的纯电动轿车在园林路口", "的货车相撞");
  }

  @Test
  void anIdentifierCutByAWrapBeforeItsClosingBracketIsNoListItem() {
    String text =
        "民事抗诉书\n"
            + "　　申请人（原审被告）：禚立成，男，1979年4月2日出生，住本市。\n"
            + "　　经审查查明：禚立成在事故发生后将车辆停放在路边，并加了对方微信（qinghe_1\n"
            + "983），承诺赔偿。对方次日通过QQ联系禚立成，要求其在七日内支付修理费用，禚立\n"
            + "成表示同意，但此后一直没有付款，对方遂向人民法院起诉，要求其赔偿全部损失，并\n"
            + "承担本案的诉讼费用和鉴定费用以及其他合理的开支，法院依法审理了本案并作出判决。\n"
            + "检察员　赵敏\n";
    String out = redact(text);
    assertThat(out).doesNotContain("qinghe", "983）");
    assertThat(out).doesNotContain("方某某").contains("加了对方微信");
  }

  @Test
  void aQuotedNameAfterCalledThatStandsForAPersonIsMasked() {
    String out =
        redact(
            "起诉书\n　　被告人禚立成，男，1992年3月3日出生。\n　　被害人陈述：我在网上加了一个叫“小雨点”的人，" + "后来又有一个自称“财神哥”的网友联系我。\n",
            rulesOnly());
    assertThat(out).doesNotContain("小雨点", "财神哥");
  }

  @Test
  void theOwnerColumnOfATableOfSeizedPropertyHoldsPeople() {
    String out =
        redact(
            """
            起诉书
            　　被告人禚立成，男，1985年1月30日出生。
            　　公安机关扣押的财物如下：
            序号　财物名称　数量　权利人　备注
            1　黑色奔驰轿车　1辆　龙建新　抵押
            2　苹果手机　2部　禚立成
            3　金项链　1条　甘露　
            　　上述财物随案移送。
            检察官　赵敏
            """,
            rulesOnly());
    assertThat(out).doesNotContain("龙建新", "甘露").contains("黑色奔驰轿车", "金项链", "苹果手机");
  }

  @Test
  void aQqNumberInBracketsBehindItsOwnLabelIsMasked() {
    String out = redact(civil("禚立成通过QQ（号码2847061936）和QQ（号码：843150628）联系对方。"));
    assertThat(out).doesNotContain("2847061936", "843150628");
  }

  @Test
  void aPlateOfAProvinceWrittenByItsOtherNameIsMasked() {
    assertThat(redact(civil("禚立成驾驶黔A·6N39K号摩托车离开。"))).doesNotContain("6N39K");
  }

  @Test
  void eachElementOfAMinorityNameUsedAloneIsMasked() {
    String out =
        redact(
            "不起诉决定书\n　　被不起诉人泽仁多吉，男，1978年4月9日出生。\n　　被害人扎西次仁证实：“泽仁打了我。”"
                + "证人称，扎西的鼻子被打歪了。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("泽仁", "扎西", "多吉", "次仁");
  }

  @Test
  void aNicknameBuiltOnAThreeCharacterNameAndAFormerNameWithTheSameSurnameAreMasked() {
    String out =
        redact(
            "起诉书\n　　被告人普建华（曾用名普小龙），男，1998年1月9日出生。\n　　被告人钟晓峰，男，1991年4月23日出生。\n"
                + "　　被害人陈述：“他说‘小龙哥只要钱’，后来峰哥让我转账。”\n检察官　赵敏\n");
    assertThat(out).doesNotContain("普小龙", "小龙哥", "峰哥");
  }

  @Test
  void aNicknameTheDocumentCallsAPseudonymOrANetNameIsMasked() {
    String out =
        redact(
            "不起诉决定书\n　　被不起诉人禚立成，男，1990年1月1日出生。\n　　证人“小雨”（化名）证称看见禚立成拿了东西，"
                + "禚立成的网名即为“杰仔”。\n检察官　赵敏\n",
            rulesOnly());
    assertThat(out).doesNotContain("小雨", "杰仔");
  }

  @Test
  void thePartsOfAForeignersLatinNameAreMaskedInAnyCase() {
    String out =
        redact(
            "民事抗诉书\n　　申请人：伊万诺夫·谢尔盖（IVANOV SERGEI），男，俄罗斯联邦国籍。\n"
                + "　　会计陈述：“Sergei每次都在公司打款。”\n检察员　赵敏\n");
    assertThat(out).doesNotContain("Sergei", "SERGEI", "谢尔盖");
  }

  @Test
  void theHeadOfAPublicBodyActingForItIsKeptAndAPartyNamedBeforeACaseNumberIsMasked() {
    String out =
        redact(
            "行政公益诉讼起诉书\n　　被告：某县自然资源局。\n　　法定代表人：周国栋，该局局长。\n"
                + "　　违法行为人禚立成未经批准占用耕地。被告对禚立成作出县自然资罚〔2022〕31号行政处罚决定。\n"
                + "　　本院听取了值班律师尹红玉及被害人的意见，辩护人律师庞振华等人的意见。\n检察官　赵敏\n");
    assertThat(out).contains("周国栋", "尹红玉", "庞振华", "县自然资罚〔2022〕31号").doesNotContain("禚立成");
  }

  @Test
  void aQuotedNameOfSomeoneTheDocumentCannotIdentifyIsMasked() {
    String out =
        redact(
            "起诉书\n　　被告人邝志诚，男，1990年5月2日出生。\n"
                + "　　经依法审查查明：被告人邝志诚与网名为“@dashan_77”的人员（身份不明）联系，又将银行卡交给“肥仔强”。"
                + "“肥仔强”身份至今无法查明，另案处理。工地账本上的领款人为“老幺”，经多次核实，无法查明该人的真实身份。\n"
                + "　　上述“跑分”平台的经营者身份不明。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("dashan_77", "肥仔强", "老幺").contains("“跑分”平台");
  }

  @Test
  void aCompanysRepresentativeCalledDirectorIsStillAPerson() {
    String out =
        redact(
            "起诉书\n　　被告单位某某建材有限公司，住所地某某市。\n　　诉讼代表人：刘海涛，系该公司办公室主任。\n"
                + "　　法定代表人：韩晓辉，该公司执行董事。\n　　被告人刘海涛，男，1980年3月1日出生。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("刘海涛", "韩晓辉");
  }

  @Test
  void aTableRowWithThousandsSeparatorsKeepsItsCells() {
    String out =
        redact(
            """
            起诉书
            　　被告人禚立成，男，1956年3月3日出生。部分集资参与人情况如下：
            序号　姓名　公民身份号码　联系电话　投资金额（元）
            1　庞淑兰　370102195204190623　0531-8661 2074　300,000.00
            2　薄建军　370103195811033159　139 6411 5083　520,000.00
            检察官　赵敏
            """);
    assertThat(out)
        .doesNotContain("庞淑兰", "薄建军", "195204190623", "195811033159", "86612074", "64115083")
        .contains("300,000.00", "520,000.00");
  }

  @Test
  void twoStraySpacesInsideALabelOfRunningTextAreClosed() {
    String out = redact(civil("禚立成，户  籍所在地广东省深圳市宝安区福永街道凤　凰社区凤凰大道221号凤凰花园7栋，住同户籍所在地。"));
    assertThat(out).doesNotContain("凤凰大道", "凤凰花园", "福永街道");
  }

  @Test
  void aPartyBeforeALawFirmIsNoPartOfTheFirmsName() {
    String out =
        redact(
            civil("本院听取了申诉人禚立成及其委托的律师湖南天元律师事务所律师严可心的意见，被害人近亲属蒋立刚及其诉讼代理人云南凌峰律师事务所律师舒雨的意见。"),
            rulesOnly());
    assertThat(out).doesNotContain("禚立成", "蒋立刚").contains("湖南天元律师事务所", "严可心", "舒雨");
  }

  @Test
  void aQqGroupNumberAndConditionsOutsideTheOldLexiconAreMasked() {
    String out = redact(civil("禚立成在QQ群（群号618254974）中发帖。禚立成生前患急性支气管炎，有青霉素过敏史，后发生过敏性休克。"));
    assertThat(out).doesNotContain("618254974", "支气管炎", "过敏史", "过敏性休克");
  }

  @Test
  void anInterpreterNamedAfterTheirEmployerAndANameUsedAsAFalseIdentityAreMasked() {
    String out =
        redact(
            "起诉书\n　　被告人CHUKWU OKAFOR（中文译名：奥卡福），男，1988年1月19日出生。\n"
                + "　　本院聘请某某外国语大学教师焦文丽担任英语翻译。\n"
                + "　　被告人以“David Millerson”的名义与被害人结识。奥卡福供述属实。\n检察官　赵敏\n",
            rulesOnly());
    assertThat(out).doesNotContain("奥卡福", "焦文丽", "David Millerson", "OKAFOR");
  }

  @Test
  void theAddressAndBirthDateColumnsOfATableAreMaskedKeepingTheCounty() {
    String out =
        redact(
            """
            检察建议书
            　　经查，下列人员违法占用耕地，具体情况如下：
            违法行为人　住址　出生日期　占地面积
            禚立成　洱源县茈碧湖镇梨园村委会下村27号　1968-02-11　6.8亩
            段玉芬　洱源县凤羽镇白米村委会中和社58号　1981.9.30　3.2亩
            　　上述行为违反了土地管理法的规定。
            检察官　赵敏
            """);
    assertThat(out)
        .doesNotContain("茈碧湖", "梨园", "白米", "中和社", "1968-02-11", "1981.9.30")
        .contains("洱源县", "6.8亩", "3.2亩");
  }

  @Test
  void aFormsAddressCutByALineBreakGoesOnWithTheHouseNumber() {
    String out =
        redact(
            "刑事申诉复查决定书\n申诉人：禚秀芳\n出生年月：1962年8月\n住址：山西省太原市杏花岭区三桥街道新建北路\n"
                + "145号重机厂家属院17号楼3单元602室\n联系电话：0351-5556666\n　　本院经复查认为，原处理决定正确。\n检察员　赵敏\n");
    assertThat(out).doesNotContain("重机厂家属院", "新建北路", "1962年8月").contains("山西省太原市杏花岭区");
  }

  @Test
  void aCommunityIsNoCountyAndAMainlandTravelPermitIsAPassport() {
    String out = redact(civil("禚立成暂住黑龙江省绥芬河市阜宁镇青云社区通天路17号友谊宾馆1208房间，持台湾居民来往大陆通行证号码08765433。"));
    assertThat(out).doesNotContain("阜宁镇", "青云社区", "08765433").contains("黑龙江省绥芬河市");
  }

  @Test
  void thePersonAPoliceBureauSentForProsecutionIsMasked() {
    String out = redact("驳回申诉通知书\n　　某市公安局以林海生涉嫌合同诈骗罪向本院移送审查起诉。本院决定对林海生不起诉。\n检察员　赵敏\n", rulesOnly());
    assertThat(out).doesNotContain("林海生");
  }

  @Test
  void aCityAndItsDistrictStayWhenTheAddressFollowsWeiOrAStreetStartsWithDao() {
    String out = redact(civil("禚立成台湾住址为台湾地区台中市西屯区福科路88巷6号。被申请人住山东省济南市槐荫区道德街街道经七路396号。"));
    assertThat(out).contains("台湾地区台中市西屯区", "山东省济南市槐荫区").doesNotContain("福科路", "道德街", "经七路");
  }

  @Test
  void aGivenNameThatIsAWordIsKeptAtTheEndOfAPhraseAndMaskedWhereThePersonActs() {
    String out =
        redact(
            "起诉书\n　　被告人孔繁荣，男，1960年1月1日出生。\n　　公司打出“共同富裕、乡村繁荣”的口号。"
                + "证人陈述：“那天早上繁荣在广场跟我说过。”\n检察官　赵敏\n");
    assertThat(out).contains("乡村繁荣").doesNotContain("早上繁荣");
  }

  @Test
  void aTableRowCutAfterACellKeepsItsCellsAndAMobileAfterAnAmountStaysWhole() {
    String out =
        redact(
            """
            起诉书
            　　被告人禚立成，男，1980年1月1日出生。部分集资参与人情况如下：
            序号　姓名　金额　联系电话
            3　乜龙　35113　15299198868
            4　伊万·彼得罗夫（Ivan PETROV）　
            4660　17552152744
            5　邵　宇峰　29840　16350906578
            　　本院认为，被告人的行为构成非法吸收公众存款罪。
            检察官　赵敏
            """);
    assertThat(out)
        .doesNotContain("15299198868", "17552152744", "16350906578", "乜龙", "邵宇峰", "宇峰")
        .contains("35113", "4660", "29840");
  }

  @Test
  void aNameWithAParticleForItsFirstGivenCharacterIsMaskedAfterARoleWordSaidOnce() {
    assertThat(redact(civil("案外人廖向阳提出执行异议。"), rulesOnly())).doesNotContain("廖向阳", "向阳");
  }

  @Test
  void aThreeCharacterNameThatOpensAClauseAndActsIsMaskedWithoutARoleWord() {
    String out =
        redact(
            "起诉书\n　　被告人禚立成，男，1988年7月9日出生。\n　　证人证实：那天早上，孟庆林把车开走了，" + "后来我才知道车被卖了。\n检察官　赵敏\n",
            rulesOnly());
    assertThat(out).doesNotContain("孟庆林").contains("把车开走了");
  }

  @Test
  void aForeignerNamedInBothScriptsAfterAKinshipWordIsMaskedInBoth() {
    String out = redact(civil("禚立成的父亲梭林（SOE LIN）代为退赔，梭林当庭表示认可。"), rulesOnly());
    assertThat(out).doesNotContain("梭林", "SOE LIN");
  }

  @Test
  void aRareSurnameWithAGivenNameThatIsAWordIsMaskedAfterAPartysRoleWord() {
    String out = redact(civil("案外人訾宁静提出执行异议，股东会决议未载明此事。"), rulesOnly());
    assertThat(out).doesNotContain("訾宁静").contains("股东会决议");
  }

  @Test
  void aTableGoesOnPastARowWhoseNumberRanIntoItsName() {
    String out =
        redact(
            """
            起诉书
            　　被告人禚立成，男，1980年1月1日出生。集资参与人情况如下：
            序号　姓名　金额（元）　联系电话
            1　张丽英　14497　18919133205
            3约翰·史密斯（John SMITH）
            　73138　19578064357
            5　杨伟　61869　15372620747
            　　本院认为，被告人的行为构成集资诈骗罪。
            检察官　赵敏
            """);
    assertThat(out).doesNotContain("杨伟", "张丽英", "史密斯", "15372620747").contains("61869");
  }

  @Test
  void anIndentedParagraphOcrSpacedIsRunningTextAndNoTableRow() {
    String out = redact(civil("\n　　被申请人肖　峰琴称其患有重度抑　郁障碍\n，无力偿还。\n"));
    assertThat(out).doesNotContain("抑郁障碍", "峰琴");
  }

  @Test
  void aCoOffenderRoleInsideSuspectIsNoPartOfTheName() {
    String out = redact("起诉书\n　　被告人禚立成，男，1990年1月1日出生。\n　　同案犯罪嫌疑人唐秀林（另案处理），男，1991年5月生。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("唐秀林").contains("同案犯罪嫌疑人");
  }

  @Test
  void aRareSurnameWithAGivenNameThatIsAWordIsANameWhereAPersonsAnnotationFollows() {
    String out = redact(civil("村民禹长江（住平安镇东湾村）在承包地上堆放砂石，对禹长江的行为未予查处。"), rulesOnly());
    assertThat(out).doesNotContain("禹长江", "长江（").contains("在承包地上堆放砂石");
  }
}
