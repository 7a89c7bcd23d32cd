package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: an identifier is masked by its shape, however it is grouped or punctuated (a mobile in
 * any grouping of its eleven digits, a plate with a dot anywhere, a company's account in groups of
 * four, the identity cards of Hong Kong, Macau and Taiwan, travel permits, @handles), and by its
 * label whatever its form; and no such shape eats a 文号, a case number, an amount, a date or a
 * statute.
 */
class IdentifierClassesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  private String inFacts(String sentence) {
    return redact("起诉书\n　　被告人詹立群，男，1988年1月1日出生。\n　　经依法审查查明：" + sentence + "\n");
  }

  @Test
  void aMobileNumberIsMaskedInAnyGroupingOfItsElevenDigits() {
    String out =
        inFacts("被告人詹立群使用1362-4179-558、1592 0384 716、177 084 29513及135 9046 2281四个号码联系买家。");
    assertThat(out)
        .doesNotContain("1362-4179-558", "1592 0384 716", "177 084 29513", "135 9046 2281")
        .doesNotContain("4179", "0384", "29513", "9046");
  }

  @Test
  void aMobileNumberCutByAWrapBeforeTheNextListedNumberIsMaskedWhole() {
    String line1 = "　　经依法审查查明：被告人詹立群为他人办理电话卡时未核验身份，其中涉案号码158-3309-471";
    String line2 = "2、139 0071 4436等号码均由其本人办理，后被用于实施电信网络诈骗犯罪，骗取被害人财物。";
    String filler = "　　另查明，被告人詹立群在案发前曾多次因违规办理电话卡受到运营商的通报批评，仍不改正。";
    String out = redact("起诉书\n" + filler + "\n" + line1 + "\n" + line2 + "\n" + filler + "\n");
    assertThat(out).doesNotContain("3309", "0071", "4436", "4712");
  }

  @Test
  void aPlateIsMaskedWithASeparatorAnywhereAfterItsCityLetter() {
    String out = inFacts("被告人詹立群驾驶的苏ED·62830号小型汽车与浙BF-1193C号货车均为套牌车辆，另一车号牌：皖 C D 70215。");
    assertThat(out).doesNotContain("62830", "ED·", "1193C", "70215");
  }

  @Test
  void platesInATableOfVehiclesAreMasked() {
    String table =
        "起诉书\n　　经依法审查查明，涉案车辆如下：\n序号 | 号牌 | 所有人 | 备注\n"
            + "1 | 晋AD·50417 | 太原某物流有限公司 | 新能源号牌\n"
            + "2 | 晋KF·23389 | 太原某物流有限公司 | 新能源号牌\n";
    assertThat(redact(table)).doesNotContain("50417", "23389");
  }

  @Test
  void aCompanysSettlementAccountInGroupsOfFourIsMasked() {
    String out =
        redact(
            "起诉书\n　　经依法审查查明，涉案账户如下：\n户名\t开户行\t账号\t流入金额（元）\n"
                + "某某商贸有限公司\t某农村商业银行城南支行\t3100 2207 5519 0300 8841\t2604000\n");
    assertThat(out).doesNotContain("3100 2207", "5519", "0300 8841", "31002207551903008841");
    assertThat(out).contains("2604000");
  }

  @Test
  void theIdentityCardsOfHongKongMacauAndTaiwanAreMasked() {
    String out =
        inFacts(
            "被告人詹立群持香港居民身份证号码R530216(4)入境，同行的澳门居民持澳门身份证1305826(7)，"
                + "台湾居民持身份证F129304857，另一澳门居民身份证号码5/208431/6。");
    assertThat(out).doesNotContain("R530216", "1305826", "F129304857", "208431");
  }

  @Test
  void travelPermitAndPassportNumbersAreMasked() {
    String out =
        inFacts(
            "被告人詹立群持往来港澳通行证C60381174、港澳居民来往内地通行证H70284519，" + "另持护照EF3045176出境，其妻护照号码E 5831 0927。");
    assertThat(out).doesNotContain("C60381174", "H70284519", "EF3045176", "5831 0927");
  }

  @Test
  void aDocumentNumberAfterItsNameAndAWordForNumberIsMasked() {
    String out =
        inFacts("被告人詹立群提交的身份证件为港澳居民来往内地通行证，号码R20731594；其妻持护照，证件号码为Q5830271，" + "护照号：P7204185。");
    assertThat(out).doesNotContain("R20731594", "Q5830271", "P7204185");
  }

  @Test
  void aMacauIdentityCardNumberWithoutItsCheckDigitIsMaskedAfterItsLabel() {
    String out = inFacts("被告人詹立群系澳门特别行政区居民，澳门居民身份证号码5204817，于2024年3月入境。");
    assertThat(out).doesNotContain("5204817").contains("2024年3月");
  }

  @Test
  void aHandleAfterAnAccountLabelOrStandingAloneIsMasked() {
    String out = inFacts("被告人詹立群通过境外聊天软件（账号@yun_shan_77）联系买家，又在论坛以@qiu.feng_02的名义发帖。");
    assertThat(out).doesNotContain("yun_shan_77", "qiu.feng_02");
  }

  @Test
  void aWechatInternalIdAndAnAccountAfterABarePlatformNameAreMasked() {
    String out = inFacts("被告人詹立群另用wxid_r7m2k9q4联系，又以抖音“晚风里的小詹”、快手“詹哥好物”引流。");
    assertThat(out).doesNotContain("r7m2k9q4", "晚风里的小詹", "詹哥好物");
  }

  @Test
  void aPlatformNameBeforeWordsOfTheSentenceMasksNothing() {
    String out = inFacts("被告人詹立群在抖音平台发布视频，抖音为其引流，后通过快手“直播间”销售。");
    assertThat(out).contains("在抖音平台发布视频", "抖音为其引流", "通过快手“直播间”销售");
  }

  @Test
  void anEmailAddressIsNoHandle() {
    String out = inFacts("被告人詹立群以邮箱lq_2024@example.com接收数据。");
    assertThat(out).doesNotContain("lq_2024", "example.com");
  }

  @Test
  void identifierShapesLeaveCaseNumbersAmountsDatesAndStatutesAlone() {
    String text =
        "某某县人民检察院\n起诉书\n沪检刑诉〔2024〕1205号\n"
            + "　　被告人詹立群，男，1988年1月1日出生。\n"
            + "　　经依法审查查明：2024年3月5日，被告人詹立群骗取被害人人民币1,350,000元及12345678.90元，"
            + "另据（2023）沪0115刑初1234号刑事判决书，其已于2023年12月20日刑满释放。\n"
            + "　　本院认为，其行为触犯了《中华人民共和国刑法》第二百六十六条、第二百八十七条之二，应当以诈骗罪追究其刑事责任。\n"
            + "检察官　某某\n2024年5月20日\n";
    String out = redact(text);
    assertThat(out)
        .contains("沪检刑诉〔2024〕1205号", "沪0115刑初1234号", "1,350,000元", "12345678.90元")
        .contains("2024年3月5日", "2023年12月20日", "第二百六十六条", "第二百八十七条之二");
  }

  @Test
  void everyHandleInAnOnlineAccountColumnIsMaskedAndAmountsStay() {
    String out =
        redact(
            "起诉书\n　　被告人詹立群，男，1988年1月1日出生。\n　　经依法审查查明，参赌人员如下：\n"
                + "序号　姓名　　平台账号　　　　累计充值（元）\n"
                + "1　　韦晓丹　　qx_wxd1990　　　56000\n"
                + "2　　蒙立凯　　kai.meng88　　　31500\n"
                + "　　上述事实，有证据证实。\n");
    assertThat(out).doesNotContain("qx_wxd1990").doesNotContain("kai.meng88");
    assertThat(out).contains("56000").contains("31500");
  }

  @Test
  void aTableSetApartByBarsIsReadAndItsQqColumnMasked() {
    String out =
        redact(
            "起诉书\n　　被告人詹立群，男，1988年1月1日出生。\n　　经依法审查查明，买家情况如下：\n"
                + "买家QQ|购买条数|支付金额\n"
                + "2918475530|6万条|18000元\n"
                + "837260145|2.5万条|7500元\n"
                + "　　上述事实，有证据证实。\n");
    assertThat(out).doesNotContain("2918475530").doesNotContain("837260145");
    assertThat(out).contains("18000元").contains("7500元").contains("6万条");
  }

  @Test
  void aPassportNumberOfLettersAndDigitsMixedIsMaskedAfterItsLabel() {
    String out = inFacts("被害人系外籍教师，护照号码B5K8Q3M27，其陈述称电脑于2024年3月被盗，价值人民币6800元。");
    assertThat(out).doesNotContain("B5K8Q3M27").contains("人民币6800元");
  }

  @Test
  void aDisabilityCertificateNumberThatHoldsTheIdIsMaskedWhole() {
    String out =
        inFacts(
            "被害人郜某，公民身份号码110105198804123138，残疾人证号11010519880412313843，" + "于2024年3月5日被被告人推倒致伤。");
    assertThat(out).doesNotContain("1101051988041231", "198804123138");
  }

  @Test
  void aCertificateNumberAfterItsLabelIsMaskedAndTheDocumentNumberOfTheCaseIsKept() {
    String out =
        inFacts(
            "被告人持伪造的驾驶证号码C2024001876驾车，其本人驾驶证档案编号510100734521；申请人持有的集体土地使用证号某集用〔1996〕字第0417号"
                + "载明该宅基地属申请人。本院某检刑诉〔2025〕12号起诉书。");
    assertThat(out)
        .doesNotContain("C2024001876", "510100734521", "0417号")
        .contains("某检刑诉〔2025〕12号");
  }

  @Test
  void aFishingVesselsRegistrationIsMaskedAsAPlateIs() {
    String out = inFacts("证人郜某（渔船“浙岱渔03215”船长）证实，2024年7月1日被告人在某渔港码头推搡被害人。");
    assertThat(out).doesNotContain("03215").contains("2024年7月1日");
  }
}
