package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: whoever a lawyer's title or a procuratorate's closing contact line names acts in office
 * and is kept, whatever the shape of the name (a Tibetan name whose first element the stock lacks,
 * a Uyghur name joined by its dot); and what runs into a road's or a prison's word is that road's
 * or prison's name, not a person's.
 */
class OfficersAndNamedThingsKeptTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    return engine.redact(RedactionRequest.of(text)).redactedText();
  }

  private static final String DOCUMENT =
      """
      某某县人民检察院
      起诉书
      某检刑诉〔2025〕12号
      　　被告人洛桑平措，男，1988年3月5日出生，藏族，住某某县城关镇雪村8号。
      　　本院受理后，依法讯问了被告人，听取了辩护人某某律师事务所律师然乌次仁的意见，审查了全部案件材料。
      　　请你局在收到本检察建议书之日起二个月以内将落实情况书面回复本院。
      联系人：买买提·托合提，联系电话：0999-4022316。
      某某县人民检察院
      2025年3月1日
      """;

  @Test
  void aLawyerWhoseNameOpensWithAnElementTheStockLacksIsKeptWhole() {
    assertThat(redact(DOCUMENT)).contains("律师然乌次仁的意见").doesNotContain("洛桑平措");
  }

  @Test
  void aDottedNameOnTheContactLineClosingTheDocumentIsKept() {
    assertThat(redact(DOCUMENT)).contains("联系人：买买提·托合提，联系电话：0999-4022316");
  }

  @Test
  void aPersonsNameBeforeAReservoirOrARoadIsStillMasked() {
    String out =
        redact(
            """
            起诉书
            　　被告人秦德胜，男，1975年3月1日出生，住某某县城关镇雪村8号。
            　　2024年5月，被告人秦德胜与被害人孙德旺水库边相遇，由刘国栋煤矿矿工报警，民警在周立新公路上拦截。
            """);
    assertThat(out).doesNotContain("秦德胜", "孙德旺", "刘国栋", "周立新");
  }

  @Test
  void aReadingOfANameBeforeAPrisonWordIsThePrisonsName() {
    String out =
        redact(
            """
            刑事申诉复查决定书
            　　申诉人吉克阿依，女，1985年2月3日出生，彝族，住某某县城关镇雪村8号。
            　　原审被告人阿苏拉且，男，1981年3月9日出生，彝族，现在四川省雷波屏监狱服刑。
            抄送：某某县人民检察院、四川省雷波屏监狱驻监检察室
            """);
    assertThat(out).contains("四川省雷波屏监狱服刑", "雷波屏监狱驻监检察室").doesNotContain("阿苏拉且");
  }

  @Test
  void aCourtsEnforcementStaffNamedWithoutTheCourtBeforeTheTitleIsKept() {
    String out =
        redact(
            """
            某某县人民检察院
            检察建议书
            某检民（行）执监〔2025〕7号

            某某县人民法院：
            　　本院在办理申请人訾秀兰申请执行监督一案中，发现执行程序不规范。
            　　申请人訾秀兰，女，1970年5月6日出生，住某某县城关镇青石村8号。
            　　扣押笔录无被执行人签字；执行人员马海涛在申请人提出异议后口头告知其另行起诉，未依法告知异议权利。
            """);
    assertThat(out).contains("执行人员马海涛在").doesNotContain("訾秀兰");
  }

  @Test
  void aCompanysStaffCalledExecutorsAreNoCourtOfficials() {
    String out =
        redact(
            """
            起诉书
            　　被告人秦德胜，男，1975年3月1日出生，住某某县城关镇雪村8号。
            　　某某县人民法院于2022年作出判决。被告人系某某县宏达物业公司执行员，伙同该公司执行员周立新、郑海波将货物运走。
            """);
    assertThat(out).doesNotContain("郑海波");
  }
}
