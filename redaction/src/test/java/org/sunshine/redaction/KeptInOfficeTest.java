package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: what acts in public is kept — the head of a public body acting for it, judges and
 * clerks wherever the narrative names them, bodies under a banner, forensic appraisal institutions,
 * document numbers whole and places down to county level — while a company's head stays a person.
 */
class KeptInOfficeTest {

  private final RedactionEngine engine = new RedactionEngine();

  private RedactionResult result(String text) {
    return engine.redact(RedactionRequest.of(text));
  }

  private String redact(String text) {
    return result(text).redactedText();
  }

  @Test
  void theLegalRepresentativeOfAGovernmentBodyIsKept() {
    String out =
        redact(
            """
            不支持监督申请决定书
            　　申请人訾红英，女，1961年3月4日出生，汉族，住某某省某某县城关镇东风路8号。
            　　被申请人某某县人民政府，法定代表人滕志远，县长。
            　　原审被告（被上诉人）某某县人力资源和社会保障局，法定代表人
            邵开疆，局长。
            　　原审第三人某某县桥头镇人民政府，法定代表人卢文斌，镇长。
            　　申请人訾红英不服，向本院申请监督。
            """);
    assertThat(out).contains("滕志远", "邵开疆", "卢文斌").doesNotContain("訾红英");
  }

  /**
   * A village or residents' committee is the villagers' self-government, not a state office: its 主任
   * is a villager elected by neighbours, named as a party's head like a company's (masked).
   */
  @Test
  void theHeadOfAVillageCommitteeIsAVillagerAndMasked() {
    String out =
        redact(
            """
            民事抗诉书
            　　申诉人（一审原告）訾红英，女，1961年3月4日出生，住某某县城关镇东风路8号。
            　　被申诉人（一审被告）某某县桥头镇大河村村民委员会，负责人晏国梁，主任。
            　　原审第三人某某县桥头镇人民政府，法定代表人卢文斌，镇长。
            　　第三人某某县城关镇东风社区居民委员会，法定代表人：芮德全，该居委会主任。
            """);
    assertThat(out).contains("卢文斌").doesNotContain("晏国梁", "芮德全", "訾红英");
  }

  @Test
  void theLegalRepresentativeOfABodyWhoseParagraphPrecedesIsKept() {
    String out =
        redact(
            """
            行政抗诉书
            　　原审被告某某市水务局，住所地某某省某某市。
            　　法定代表人：邹乐天，局长。
            　　原审原告訾红英，女，1961年3月4日出生，住某某市。
            """);
    assertThat(out).contains("邹乐天").doesNotContain("訾红英");
  }

  @Test
  void aLegalRepresentativeOfACompanyIsMasked() {
    String out =
        redact(
            """
            民事抗诉书
            　　原审被告某某县恒安建材有限公司，住所地某某省某某县工业园区9号，法定代表人牛建业。
            　　原审第三人某某物流有限公司，住所地某某市。
            　　法定代表人：阚立群，局长助理。
            　　本院认为，法定代表人牛建业在调查中承认。
            """);
    assertThat(out).doesNotContain("牛建业", "阚立群");
  }

  @Test
  void theHeadOfABureauAProcuratorateWritesToIsKept() {
    String out =
        redact(
            """
            检察建议书
            某某县市场监督管理局：
            　　请你局自收到本检察建议书之日起两个月内书面回复本院。本检察建议书抄送你局局长柏文山。
            """);
    assertThat(out).contains("柏文山");
    assertThat(Protections.find("本检察建议书抄送你局局长柏文山。").keptNames()).contains("柏文山");
    assertThat(Protections.find("经查，水务局局长柏文山表示同意。").keptNames()).contains("柏文山");
  }

  @Test
  void aJudgeOrClerkNamedBeforeWhatTheyDidIsKept() {
    String out =
        redact(
            """
            检察建议书
            　　申请执行人訾红英与被执行人牛建业民间借贷纠纷一案，执行法官罗新民先后冻结被执行人的两个账户。
            　　2023年9月，执行法官蒋立山、书记员屈晓雨查询后认为被执行人无财产可供执行。
            　　原审法院审判员鲍春林独任审理，书记员纪晓峰担任记录。
            """);
    assertThat(out).contains("罗新民", "蒋立山", "屈晓雨", "鲍春林", "纪晓峰").doesNotContain("訾红英", "牛建业");
    // kept as officials by rule, not merely left alone because no recogniser proposed them
    assertThat(Protections.find("执行法官罗新民先后冻结被执行人的账户，书记员屈晓雨查询后认为无财产。").keptNames())
        .contains("罗新民", "屈晓雨");
    assertThat(Protections.find("审判员王明认为原告的请求成立。").keptNames()).contains("王明");
    // an ordinary word after the title is no name: 法官查询后认为, 书记员宣读
    assertThat(OfficialsAtWork.nameAt("查询后认为无财产", 0)).isNull();
    assertThat(OfficialsAtWork.nameAt("宣读了笔录", 0)).isNull();
  }

  @Test
  void anOfficialWhoTestifiesIsAWitnessAndMasked() {
    String out =
        redact(
            """
            起诉书
            　　被告人牛建业，男，1980年1月2日出生，住某某市。
            　　法官助理冼立群证实，被告人牛建业曾到法院闹事。
            """);
    assertThat(out).doesNotContain("冼立群", "牛建业");
  }

  @Test
  void theBodiesOfABannerAreKept() {
    String out =
        redact(
            """
            检察建议书
            乌兰哈达旗人力资源和社会保障局：
            　　劳动者巴图孟和曾向乌兰哈达旗劳动保障监察大队投诉，乌兰哈达旗住房和城乡建设局未予处理。
            """);
    assertThat(out).contains("乌兰哈达旗人力资源和社会保障局", "乌兰哈达旗劳动保障监察大队", "乌兰哈达旗住房和城乡建设局");
  }

  @Test
  void aForensicAppraisalInstitutionIsKept() {
    String out =
        redact(
            """
            刑事申诉复查决定书
            　　本院听取了申诉人訾红英的意见，并委托吉安正信司法鉴定中心对伤情进行重新鉴定，又委托柏城求实司法鉴定所复核。
            """);
    assertThat(out).contains("吉安正信司法鉴定中心", "柏城求实司法鉴定所").doesNotContain("訾红英");
  }

  @Test
  void aCaseNumberWithABracketedKindAndALongSerialIsKeptWhole() {
    String out =
        redact(
            """
            晋检民（行）监〔2024〕13912345678号
            　　申请人訾红英不服，向本院申请监督，本院以晋检民（行）监〔2024〕14000000387号受理。
            　　某某市公安局某某分局作出邬公城（拱）行罚决字〔2023〕1862号行政处罚决定。
            """);
    assertThat(out)
        .contains("晋检民（行）监〔2024〕13912345678号", "晋检民（行）监〔2024〕14000000387号")
        .contains("邬公城（拱）行罚决字〔2023〕1862号")
        .doesNotContain("訾红英");
  }

  @Test
  void aCaseNumberSplitByALineBreakIsKeptWhole() {
    String out =
        redact(
            """
            再审检察建议书
            　　申请人訾红英不服你院判决，向本院申请监督。本院受理后（案件编号：符检民（行）
            监〔2024〕46900500019号），依法进行了审查。
            """);
    assertThat(out).contains("符检民（行）\n监〔2024〕46900500019号").doesNotContain("訾红英");
  }

  @Test
  void aPlacePathThroughAnAutonomousPrefectureWithALongNameIsKeptWhole() {
    String out =
        redact(
            """
            起诉书
            　　被告人努尔买买提·吐尔逊，男，2000年8月11日出生，户籍所在地新疆维吾尔自治区克孜勒苏柯尔克孜自治州乌恰县，现住某某市某某区滨河路9号。
            　　被告人牛建业，男，1980年1月2日出生，住新疆维吾尔自治区巴音郭楞蒙古自治州和静县巴音路3号。
            """);
    assertThat(out)
        .contains("新疆维吾尔自治区克孜勒苏柯尔克孜自治州乌恰县", "新疆维吾尔自治区巴音郭楞蒙古自治州和静县")
        .doesNotContain("滨河路9号", "巴音路3号", "牛建业");
  }

  /** 某某局（法定代表人：X，局长）, 法定代表人：X，该旗旗长: the head of a body in a bracket or a banner is kept. */
  @Test
  void theHeadOfABodyNamedInABracketOrOfABannerIsKept() {
    String out =
        redact(
            """
            检察建议书
            某某市某某区市场监督管理局（法定代表人：祁云鹏，局长）：
            　　本院在履行职责中发现，经营者訾红英，女，1961年3月4日出生，住某某区城关镇东风路8号，销售过期食品。
            　　被告某某旗人民政府，住所地某某旗某某镇。法定代表人：乌力吉巴雅尔，该旗旗长。
            　　被告人造板有限公司（法定代表人：韦德明，总经理）。
            """);
    assertThat(out).contains("祁云鹏", "乌力吉巴雅尔").doesNotContain("訾红英", "韦德明");
  }

  @Test
  void anAssistantProcuratorWhoWentToTheApplicantsHomeIsKept() {
    String out =
        redact(
            "国家司法救助决定书\n　　救助申请人邝一鸣，男，1950年5月6日出生。\n"
                + "　　本院受理后，承办检察官龙晓东、检察官助理朱秀兰到救助申请人住所地走访核实，向村民委员会了解了家庭情况。"
                + "其孙女邝银花在读小学。\n");
    assertThat(out).contains("检察官助理朱秀兰到").doesNotContain("邝银花");
  }
}
