package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: officials named in shapes the title lines do not have are kept — a court's enforcement
 * staff and the president of a court or procuratorate the text refers back to (该院, 你院), and a
 * lawyer with a Tibetan or Mongolian name — while the head of a hospital the text refers back to
 * stays a person; and a given name that is a word inside a company's name is that name, not the
 * person.
 */
class ReferredOfficialsTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    return engine.redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void aCourtsEnforcementOfficerNamedInAnEnforcementContextIsKept() {
    String out =
        redact(
            """
            某某县人民检察院
            检察建议书
            某检民（行）执监〔2025〕7号

            某某县人民法院：
            　　本院在办理案外人訾秀兰申请执行监督一案中，发现你院执行工作存在违法情形。
            　　案外人訾秀兰，女，1970年5月6日出生，住某某县城关镇青石村8号。
            　　你院执行人员段卫东在未作出异议裁定的情况下，将该房屋纳入拍卖；该院执行员吕文涛对此未予审查。
            """);
    assertThat(out).contains("你院执行人员段卫东", "执行员吕文涛").doesNotContain("訾秀兰");
  }

  @Test
  void thePresidentOfACourtTheTextRefersBackToIsKept() {
    String out =
        redact(
            """
            行政抗诉书
            　　原审被告某某县人民法院，住所地某某县人民路1号。法定代表人：阚志鸿，该院院长。
            　　申诉人訾秀兰，女，1970年5月6日出生，住某某县城关镇青石村8号。
            　　申诉人不服，向某某市人民检察院申请监督，该院副检察长王建军批准提请抗诉。
            """);
    assertThat(out).contains("阚志鸿", "王建军").doesNotContain("訾秀兰");
  }

  @Test
  void theHeadOfAHospitalTheTextRefersBackToIsAPersonAndMasked() {
    String out =
        redact(
            """
            民事抗诉书
            　　申诉人（一审原告）訾秀兰，女，1970年5月6日出生，住某某县城关镇青石村8号。
            　　其他当事人（一审被告）：某某市中心医院，住所地某某市人民路1号。法定代表人：阚志鸿，该院院长。
            　　申诉人訾秀兰与某某市中心医院医疗损害责任纠纷一案，某某县人民法院作出判决。
            """);
    assertThat(out).doesNotContain("阚志鸿", "訾秀兰").contains("某某市中心医院");
  }

  @Test
  void aLawyerWithATibetanOrMongolianNameAfterTheFirmIsKept() {
    String out =
        redact(
            """
            起诉书
            　　被告人扎西顿珠，男，1990年3月4日出生，藏族，住某某县城关镇某村5号。
            　　本院听取了辩护人某某律师事务所律师次仁卓玛、被害人的意见；值班律师巴特尔其其格到场见证。
            　　被害人的委托诉讼代理人为某某律师事务所律师乌力吉巴雅尔、格桑卓玛。
            　　原审法院执行员那仁其其格未通知被告人；书记员索朗旺姆担任记录。
            """);
    assertThat(out)
        .contains("律师次仁卓玛", "值班律师巴特尔其其格", "乌力吉巴雅尔、格桑卓玛")
        .contains("执行员那仁其其格", "书记员索朗旺姆")
        .doesNotContain("扎西顿珠");
  }

  @Test
  void aGivenNameThatIsAWordInsideACompanysNameIsKeptThereAndMaskedAlone() {
    String out =
        redact(
            """
            支持起诉意见书
            　　被支持起诉人：韦建设，男，1975年2月3日出生，住某某县城关镇青石村8号。
            　　韦建设称，发包方某某县城市建设投资有限公司未按期拨付工程款。“建设，你先垫上。”
            """);
    assertThat(out).contains("某某县城市建设投资有限公司").doesNotContain("韦建设", "“建设，");
  }

  @Test
  void theProsecutorInCourtAndTheMembersOfThePanelAndOfTheJudicialCommitteeAreKept() {
    String out =
        redact(
            """
            刑事抗诉书
            　　原审被告人濮大勇，男，1985年12月3日出生，汉族，住某县城关镇青石村8号。
            　　某某县人民法院依法组成合议庭，公诉人邝立新出庭支持公诉。
            　　一审合议庭成员为滕志远、卢文斌、邵开疆；该院审判委员会委员蔺文博参加讨论。
            """);
    assertThat(out).contains("公诉人邝立新", "滕志远、卢文斌、邵开疆", "委员蔺文博").doesNotContain("濮大勇");
  }

  @Test
  void theLastJudgeOfAListJoinedByHeAndACourtsEnforcementBureauHeadsAreKept() {
    String out =
        redact(
            """
            民事抗诉书
            　　申诉人訾秀兰，女，1970年5月6日出生，住桐庐县城关镇青石村8号。
            　　二审由审判长宓文涛、审判员邬志远和冉冬梅组成合议庭；审判员王刚和被申诉人濮大勇在庭上发生争执。
            　　某某县人民法院执行法官邵开疆冻结了申诉人账户，该院执行局局长阚志鸿、副局长蔺文博未依法听证。
            """);
    assertThat(out).contains("邬志远和冉冬梅组成", "局长阚志鸿、副局长蔺文博").doesNotContain("濮大勇", "訾秀兰");
  }
}
