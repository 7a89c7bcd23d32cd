package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: the seat and the office's landline of a party that is a public body are public as its
 * name is, while a company's seat, a person's home and a mobile stay masked; a residence cue that
 * qualifies a body (暂住地某街道办事处出具证明) names no home; an official or a lawyer named by a title stays,
 * whatever closes the name (a contact number, a date, what they did next).
 */
class PublicBodiesAndOfficersKeptTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    return engine.redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void aPublicBodyPartysSeatAndLandlineAreKeptWhileACompanysSeatIsMasked() {
    String out =
        redact(
            """
            行政公益诉讼起诉书
            　　公益诉讼起诉人：某某省某某县人民检察院，住所地某某省某某县文昌大道18号。
            　　被告：某某县农业农村
            局，住所地某某省某某县新华路8号，联系电话0710-5123456。
            　　第三人：某某县鸿运建材有限公司，住所地某某省某某县城关镇工业路3号。
            　　被申请人（原审被告）某某县人民政府，住所地某某县迎春街6号。
            　　申请人祁红梅，女，1970年2月3日出生，住某某县城关镇迎春街6号院3栋201室。
            """);
    assertThat(out)
        .contains("文昌大道18号", "新华路8号", "0710-5123456", "迎春街6号。")
        .doesNotContain("工业路3号", "城关镇", "祁红梅", "3栋201室");
  }

  @Test
  void aVillageCommitteeAWorkplaceOrARunningHeadAboveACompanyIsNoPublicBodyParty() {
    String out =
        redact(
            """
            民事检察建议书
            　　被申请人某某县柳河村民委员会，住所地某某县柳河镇柳河村三组。
            　　被申请人某某县水利局，联系电话13912345678。
            　　证人甘丽华，女，1980年1月1日出生，工作单位某某县财政局，住所：某某县城关镇幸福路3号。
            　　某某建材有限公司成立于2018年5月，
            第 1 页 共 3 页
            某某县人民检察院
            住所地某某省某某县井冈镇长青路669号。
            """);
    assertThat(out).doesNotContain("柳河镇", "三组", "13912345678", "长青路669号", "幸福路3号");
  }

  @Test
  void aResidenceCueBeforeTheBodyOfThePlaceNamesNoHome() {
    String out =
        redact(
            """
            国家司法救助决定书
            　　救助申请人鲍秀英，女，1981年9月3日出生，住某某县桥头镇石门村六社，现暂住某某市某某区西园街道西津路华苑小区21号楼601室。
            　　申请人户籍地镇人民政府、暂住地西园街道办事处均出具了家庭困难证明。
            """);
    assertThat(out).contains("西园街道办事处均出具").doesNotContain("鲍秀英", "石门村", "华苑小区");
  }

  @Test
  void anOfficialClosedByAContactNumberOrADateIsKept() {
    String text =
        """
            执行监督检察建议书
            　　经审查查明：申请人毕淑英申请强制执行。执行法官岑明远、法官助理翁可为于2022年5月查询到被执行人名下有存款。
            某某县人民检察院
            2024年3月11日
            承办检察官：万远山联系电话：027-85763112
            检察官　计小凡　联系电话0312-5061327
            """;
    String out = redact(text);
    // read as officials, not merely left because nothing else found them as persons; an extractor
    // may leave no gap between the name and the contact number
    assertThat(Protections.find(NormalisedText.of(text).text()).keptNames()).contains("翁可为", "万远山");
    assertThat(out)
        .contains("岑明远", "翁可为", "万远山", "计小凡", "0312-5061327", "027-85763112")
        .doesNotContain("毕淑英");
  }

  @Test
  void aContactNumberGivenInsideTheClosingParagraphIsTheOffices() {
    String out =
        redact(
            """
            检察建议书
            　　某某县某某支行：
            　　经查，你行员工柏小红泄露客户信息，联系电话13812345678。请你行在收到本检察建议书后两个月内书面回复本院。本院联系人：检察官助理雷宇航，联系电话0571-2131608。
            """);
    assertThat(out).contains("雷宇航", "0571-2131608").doesNotContain("柏小红", "13812345678");
  }

  @Test
  void aLawyerAfterTheFirmIsKeptBesideTheRoleOfWhomHeActsFor() {
    String text =
        """
            刑事申诉复查决定书
            　　控告人邝淑兰，女，1960年1月2日出生，住某某县城关镇东风路8号。
            　　控告人的委托代理人、某某县正和律师事务所律师覃思远到本院查阅了相关材料，未提出新的证据。
            　　申诉人的委托代理人、某某律师事务所律师欧阳子涵提交了书面代理意见。
            """;
    String out = redact(text);
    assertThat(Protections.find(NormalisedText.of(text).text()).keptNames())
        .contains("覃思远", "欧阳子涵");
    assertThat(out).contains("覃思远", "欧阳子涵").doesNotContain("邝淑兰");
  }

  @Test
  void aWorkplaceAfterAColonIsNoPartyAndTheWitnesssHomeIsMasked() {
    String out = redact("起诉书\n　　证人甘丽华，女，1980年1月1日出生，工作单位：某某县财政局，住所：某某县城关镇幸福路3号。\n");
    assertThat(out).doesNotContain("幸福路3号", "甘丽华");
  }

  @Test
  void aPublicBodysSeatEndsAtItsLineAndTheNextPartyIsMasked() {
    String out = redact("行政抗诉书\n　　被告：某某县公安局，住所地某某县人民路1号\n　　第三人：李建华，男，1990年3月4日出生，住某某县城关镇幸福路8号。\n");
    assertThat(out).contains("人民路1号").doesNotContain("李建华", "幸福路8号");
  }

  @Test
  void aTitleBeforeAVerbAndANameNamesNoOfficialWhateverCloses() {
    String out =
        redact("起诉书\n　　被告人王芳，女，1990年3月4日出生。\n" + "　　法官助理通知王芳于2023年5月1日前到庭；承办检察官与王芳电话联系。\n");
    assertThat(out).doesNotContain("王芳");
  }

  @Test
  void aHomePlacedByALandmarkBodyIsStillMasked() {
    String out = redact("起诉书\n　　被告人甘某某，男，1990年3月4日出生，现住某某县城关镇人民政府对面，" + "家住某某镇派出所向东200米。\n");
    assertThat(out).doesNotContain("人民政府对面", "派出所向东200米");
  }

  @Test
  void aMobileOrAnotherPersonsNumberAfterTheContactIsMasked() {
    String out =
        redact(
            "检察建议书\n　　请于两个月内书面回复本院。本院联系人：检察官助理雷某，联系电话13812345678；"
                + "本院联系人：雷某，被害人母亲刘某电话0578-2131609。\n");
    assertThat(out).doesNotContain("13812345678", "2131609");
  }
}
