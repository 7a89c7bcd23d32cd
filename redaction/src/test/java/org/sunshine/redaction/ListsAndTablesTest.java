package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: people a document lists rather than introduces — numbered lists under a heading that
 * names people, the 姓名 column of a table, names without a surname, names only inside quoted
 * testimony, the addressee of a notice, the person whose case it is — are masked like any other.
 */
class ListsAndTablesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void aTableRowKeepsItsCellsSoANameIsNeverRunIntoANumber() {
    String out =
        redact(
            """
            起诉书
            　　经审计，集资参与人情况如下：
            序号　姓名　金额（元）　联系电话
            1　禚文澜　30500　13912345678
            2　热娜古丽·吐尔洪　12000　15887654321
            3　常青松（CHANG QINGSONG）　8000　18611112222
            　　本院认为，被告人的行为构成非法吸收公众存款罪。
            """);
    assertThat(out)
        .doesNotContain("禚文澜", "热娜古丽", "常青松", "CHANG QINGSONG")
        .doesNotContain("13912345678", "15887654321", "18611112222")
        .contains("30500", "12000");
  }

  @Test
  void aTableRowLaidOutOneCellPerLineIsReadAsARow() {
    String out =
        redact(
            """
            检察建议书
            　　本院共受理相关案件三件三人，具体情况如下：
            序号　姓名　出生日期　处理结果
            1　禚文澜　1966-04-19　拘役二个月
            2
            訾梦溪
            1979-11-23
            相对不起诉
            3
            扈青禾
            1984-07-08
            拘役一个月
            　　上述人员均在城乡接合部非法营运。
            """);
    assertThat(out)
        .doesNotContain("訾梦溪", "扈青禾", "1979", "1984", "11-23", "07-08")
        .contains("相对不起诉", "拘役一个月");
  }

  @Test
  void aTableWhoseHeaderAndRowsAreAllLaidOutOneCellPerLineIsReadAcrossAPageBreak() {
    String out =
        redact(
            """
            民事支持起诉意见书
            　　附：原告名单及欠薪金额
            序号
            姓名
            欠薪金额（元）
            1
            第 2 页 共 3 页
            某某市某某区人民检察院
            禚文澜
            48200
            2
            訾梦溪
            39600
            　　此致
            """);
    assertThat(out).doesNotContain("禚文澜", "訾梦溪").contains("48200", "39600");
  }

  @Test
  void linesAfterATableThatDoNotContinueItsNumberingStayLinesOfTheirOwn() {
    String text = "序号　姓名　处理结果\n1　禚文澜　拘役二个月\n检察官\n赵　敏\n2024年3月1日\n";
    assertThat(NormalisedText.of(text).text()).contains("拘役二个月\n检察官\n赵敏\n2024年3月1日");
  }

  @Test
  void theItemsOfANumberedListUnderAPeopleHeadingAreMaskedWhateverTheirShape() {
    String out =
        redact(
            """
            起诉书
            　　经查，被害人名单如下：
            1．格桑旺姆，被骗人民币5000元；
            2. 江河，被骗人民币3000元；
            3．Peter BROWN，被骗人民币2000元。
            　　本院认为，被告人的行为构成诈骗罪。
            """);
    assertThat(out).doesNotContain("格桑旺姆", "江河", "Peter BROWN").contains("5000元", "3000元");
  }

  @Test
  void aSurnamelessNameAfterARoleWordAndTwoNameElementsAnywhereAreMasked() {
    String out =
        redact(
            """
            不起诉决定书
            　　被不起诉人巴图，男，1980年3月1日出生，蒙古族。
            　　经审查查明，巴图与次仁央宗一同驾车前往牧场，证人额尔登证实上述事实。
            """);
    assertThat(out).doesNotContain("巴图", "次仁央宗", "额尔登");
  }

  @Test
  void aNameOnlyInsideQuotedTestimonyIsMasked() {
    String out =
        redact(
            """
            起诉书
            　　证人甘露证言：“那天我和邱振东在茶馆喝茶，看见被告人进来，就走了。”
            """);
    assertThat(out).doesNotContain("邱振东", "甘露");
  }

  @Test
  void theAddresseeOfANoticeIsMasked() {
    String out =
        redact(
            """
            某某市人民检察院
            驳回申诉通知书
            某检刑申〔2026〕3号
            柏远山：
            　　你因原审被告人柏小宁盗窃一案，不服判决，向本院提出申诉。柏远山称……
            """);
    assertThat(out).doesNotContain("柏远山", "远山");
  }

  @Test
  void thePersonWhoseCaseItIsIsMaskedInARecommendation() {
    String out =
        redact(
            """
            检察建议书
            某某县市场监督管理局：
            　　本院在办理邴海涛开设赌场一案中发现，邴海涛在其位于某某县城关镇东风路12号金桂小区3栋201室的棋牌室内组织赌博。
            """);
    assertThat(out).doesNotContain("邴海涛", "东风路", "金桂小区", "201室").contains("棋牌室");
  }

  @Test
  void aGivenNameThatStartsWithAParticleIsMasked() {
    String out =
        redact(
            """
            起诉书
            　　被告人郝向东，男，1990年1月1日出生。
            　　经审查查明，郝向东于2025年5月在某超市盗窃，郝向东到案后如实供述。
            """);
    assertThat(out).doesNotContain("郝向东", "向东");
  }

  @Test
  void theRealNameOfAnUnnamedManIsMaskedAndManIsNoAlias() {
    String out =
        redact(
            """
            起诉书
            　　另有一名绰号“阿斌”的男子（真实姓名：龙啸天）负责望风，另案处理。该男子逃离现场。
            """);
    assertThat(out).doesNotContain("龙啸天", "阿斌").contains("该男子");
  }

  @Test
  void aWitnessNameEndsBeforeTheVerbOfTestimony() {
    String out =
        redact(
            """
            起诉书
            　　证人鄢红生证言：“那天我在家。”
            　　证人龚然明证实上述事实。
            """);
    assertThat(out).doesNotContain("鄢红生", "红生", "龚然明", "然明");
  }

  @Test
  void thePersonWhoseCaseItIsIsMaskedWhenALatinSpellingStandsBeforeTheCase() {
    String out =
        new RedactionEngine()
            .redact(RedactionRequest.of("　　本院在办理范文德（PHAM VAN DUC）开设赌场一案中发现，范文德在其经营的棋牌室内组织参赌人员赌博。"))
            .redactedText();
    assertThat(out).doesNotContain("范文德", "PHAM VAN DUC");
  }

  @Test
  void everyCellOfAnAccountColumnIsMaskedWhateverItsLength() {
    String out =
        redact(
            "起诉书\n　　被告人容国栋，男，1970年1月1日出生，住某某市。\n"
                + "　　公司资金主要经以下账户收取：\n"
                + "户名\t开户行\t账号\t收款金额（元）\n"
                + "某某财富管理有限公司\t某某农村商业银行某某支行\t3000 2688 7712 0200 4491\t13040000\n"
                + "　　上述事实，有银行交易明细等证据证实。\n");
    assertThat(out).doesNotContain("2688 7712 0200").contains("13040000");
  }
}
