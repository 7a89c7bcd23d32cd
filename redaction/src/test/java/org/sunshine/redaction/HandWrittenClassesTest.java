package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The rule: what other writers leave behind — a break no author makes (inside a number, an open
 * bracket, a name behind its role word), identifiers of other regions and columns, nicknames and
 * names built the way families and peoples build them, addresses in lists — is masked by the rules
 * alone, and the words around it stay.
 */
class HandWrittenClassesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private static RedactionPolicy rulesOnly() {
    try {
      return RedactionPolicy.load(new StringReader("learned-recall=false\nhanlp-recall=false"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String redact(String text) {
    RedactionResult r =
        engine.redact(
            new RedactionRequest(text, null, null, PseudonymMap.empty(), rulesOnly(), null));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  private static String indictment(String facts) {
    return "起诉书\n　　被告人禚立成，男，1979年4月2日出生。\n　　经审查查明：" + facts + "\n检察官　赵敏\n";
  }

  @Test
  void aPhoneCutByALineBreakBeforeWhatLooksLikeAListNumberIsOneNumber() {
    String out = redact(indictment("其中涉案号码139-2281-457\n3、177 6620 1184等均未核验。"));
    assertThat(out).doesNotContain("457", "2281", "6620").contains("等均未核验");
  }

  @Test
  void aLineThatLeavesABracketOpenGoesOnOnTheNextLine() {
    String out = redact("检察建议书\n　　申请执行人某某乳业有限公司（住\n所地山西省太原市小店区龙城街道\n坞城路１２８号）与被执行人禚立成买卖合同纠纷一案。\n");
    assertThat(out).doesNotContain("龙城", "坞城", "128").contains("太原市小店区");
  }

  @Test
  void aNameCutRightAfterItsSurnameBehindARoleWordIsOneName() {
    String out = redact(indictment("被害人受伤。\n　　证人濮\n秋棠（该公司会计）证实，钱已转走。"));
    assertThat(out).doesNotContain("秋棠", "濮秋", "秋某").contains("濮某某(该公司会计)");
  }

  @Test
  void aPlateWithItsDotOnePlaceLateIsMasked() {
    String out = redact(indictment("禚立成驾驶号牌为鲁QD·35718和鲁QF·02913的车辆。"));
    assertThat(out).doesNotContain("35718", "02913");
  }

  @Test
  void identityCardsOfHongKongAndTaiwanAreMasked() {
    String out = redact(indictment("禚立成持香港居民身份证，号码K618273(5)，其同行人身份证号码A123456789。"));
    assertThat(out).doesNotContain("618273", "123456789");
  }

  @Test
  void everyCellOfAnAccountColumnIsMaskedWhateverItsLength() {
    String out =
        redact(
            indictment(
                "资金经以下账户收取：\n户名\t开户行\t账号\t金额（元）\n某某公司\t某某银行某某支行\t3100 2477 1905 0368 2214\t130400\n"
                    + "　　上述事实清楚。"));
    assertThat(out).doesNotContain("2477", "1905", "0368").contains("130400");
  }

  @Test
  void aManiaEpisodeIsAHealthCondition() {
    String out = redact(indictment("经鉴定，禚立成案发时处于轻躁狂发作期，具有完全刑事责任能力。"));
    assertThat(out).doesNotContain("躁狂").contains("具有完全刑事责任能力");
  }

  @Test
  void theAddressFieldOfAListItemAfterANameAndAMobileIsMasked() {
    String out =
        redact(
            indictment(
                "部分样本如下：\n　　（1）濮秋棠，13605712345，浙江省杭州市西湖区文新街道紫荆花路66号3单元201室；\n"
                    + "　　（2）訾梦溪，18768123456，浙江省杭州市余杭区良渚街道杜城路8号。"));
    assertThat(out).doesNotContain("文新", "紫荆花", "良渚", "杜城", "濮秋棠", "訾梦溪").contains("浙江省杭州市西湖区");
  }

  @Test
  void theNameOfAnAddressPartSaidWithoutItsUnitIsMasked() {
    String out = redact(indictment("禚立成住石家庄市长安区革新街道北杏庄社区北杏庄街16号。证人证实：“他们两口子在北杏庄住了十年。”"));
    assertThat(out).doesNotContain("北杏庄").contains("石家庄市长安区");
  }

  @Test
  void nicknamesOnAGivenNameAreMaskedWhereverTheyStand() {
    String out = redact(indictment("被告人宫晓燕、牛大壮挪用资金。证人证实：“燕子说是公司让她先走个账，大家都叫他大壮哥。”"));
    assertThat(out).doesNotContain("燕子", "大壮哥", "大壮").contains("先走个账");
  }

  @Test
  void aFormerNameThatIsAWordIsMaskedWhereItIsDeclared() {
    String out = redact("起诉书\n　　被告人温三娃（曾用名温顺），男，1988年5月20日出生。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("温顺", "三娃");
  }

  @Test
  void aQuotedNameAfterAWordForAnUnnamedPersonIsMasked() {
    String out =
        redact(
            indictment(
                "禚立成将银行卡转售给上家“老K”，经上线“阿峰”（真实身份不详，另案处理）介绍。"
                    + "被害人称：“加我的人说他叫‘延边宇哥’，是做电商的。”禚立成在“拼多多”平台下单。"));
    assertThat(out).doesNotContain("老K", "阿峰", "延边宇哥").contains("“拼多多”平台");
  }

  @Test
  void theGivenNameOfAYiNameIsMaskedAlone() {
    String out = redact(indictment("被告人阿说木呷、吉伍拉格结伙盗窃。证人证实：“木呷半夜回来拿了个镯子。”"));
    assertThat(out).doesNotContain("木呷", "拉格", "阿说");
  }

  @Test
  void aSiblingNamedWithTheFamilysGenerationCharacterIsMasked() {
    String out = redact(indictment("集资参与人桂向东出资，其中部分资金系其向其弟桂向北借款所得。"));
    assertThat(out).doesNotContain("桂向东", "桂向北");
  }

  @Test
  void theGivenSyllablesOfAHongKongSpellingAreMaskedAlone() {
    String out =
        redact(
            "民事抗诉书\n　　被申请人（原审原告）：陈家豪（CHAN Ka Ho），男，香港居民。\n"
                + "　　经审查查明：签约时Ka Ho先生知道房子是两夫妻的。被告人黄子健（英文名WONG Tsz Kin，又名Kenny）到场。\n"
                + "检察员　赵敏\n");
    assertThat(out).doesNotContain("Ka Ho", "KaHo", "Tsz", "WONG", "Kenny");
  }

  @Test
  void aPersonOnABracketNumberedLineIsMaskedAndAnAccountAfterAnAtSign() {
    String out =
        redact(
            indictment(
                "通过境外聊天软件（账号@lanlan_data）联系买家，出售给裘磊（另案处理）等人。样本如下：\n" + "　　（1）龙啸海，13605712345；\n"));
    assertThat(out).doesNotContain("lanlan_data", "裘磊", "龙啸海");
  }

  @Test
  void aNicknameAfterAnOccupationWordInTestimonyIsMasked() {
    String out = redact(indictment("禚立成供述：“我等了很久，代驾小樊一直说快到了，我就自己开了。”"));
    assertThat(out).doesNotContain("小樊").contains("一直说快到了");
  }

  @Test
  void aUyghurNameWrittenWithAnyDotIsMaskedWithItsPartsAlone() {
    String out =
        redact(
            "不起诉决定书\n　　被不起诉人阿卜杜卡德尔•吐尔逊，男，1968年3月27日出生。\n"
                + "　　经审查查明：被不起诉人与被害人努尔艾力．萨迪克发生争执。证人证实：“卡德尔先推了一把，艾力也推回去。”\n"
                + "检察员　赵敏\n");
    assertThat(out).doesNotContain("卡德尔", "吐尔逊", "艾力", "萨迪克");
  }
}
