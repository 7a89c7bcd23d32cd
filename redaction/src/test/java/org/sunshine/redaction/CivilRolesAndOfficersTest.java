package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Role words of civil supervision and of witnesses by trade (其他当事人, 主治医师, 干部) introduce people; a
 * lawyer named before what they take on, an officer before what they told, a Tibetan officer in a
 * list and a Uyghur head of a town are kept.
 */
class CivilRolesAndOfficersTest {

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void theOtherPartyOfACivilSupervisionAndWitnessesByTradeAreMasked() {
    String out =
        redact(
            """
            　　申请人祁月娥，女，1980年3月4日出生，住某市某区。
            　　其他当事人（一审原告、二审被上诉人）：晏国栋，男，1978年5月6日出生，住某市某区。
            　　本院询问了其主治医师范文博。范文博证实患者住院治疗。本院聘请某县民族宗教事务局干部戴文华担任翻译。
            """);
    assertThat(out).doesNotContain("晏国栋", "范文博", "戴文华", "祁月娥");
  }

  @Test
  void officersAndALawyerNamedBeforeWhatTheyDoAreKept() {
    String out =
        redact(
            "　　某县法律援助中心指派某某律师事务所律师邬宇航担任其诉讼代理人。本院向某区人力资源和社会保障局劳动保障监察支队支队长"
                + "熊卫国了解了移送情况。本院与你局副局长邬立新、"
                + "局办公室主任沟通。\n　　被申请人某某镇人民政府。\n　　法定代表人：吐尔洪·艾买提，该镇镇长。\n"
                + "　　被告人龚立成，男，1979年8月9日出生。");
    assertThat(out).contains("邬宇航", "熊卫国", "吐尔洪·艾买提").doesNotContain("龚立成");
  }
}
