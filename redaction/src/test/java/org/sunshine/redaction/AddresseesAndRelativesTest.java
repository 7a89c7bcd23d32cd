package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The person a notice is addressed to on its own line is masked, a body addressed so is not; a
 * relative's name right after a kinship word (之女, 其子) is masked though a word runs across them.
 */
class AddresseesAndRelativesTest {

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void thePersonANoticeIsAddressedToOnItsOwnLineIsMasked() {
    String out =
        redact(
            """
            某某市人民检察院
            驳回申诉通知书
            某检刑申通〔2025〕3号
            满秀珍：
            　　你因不服某某区人民法院（2024）某0102刑初17号刑事判决，向本院提出申诉。经审查，本院认为原判决并无不当。
            """);
    assertThat(out).doesNotContain("满秀珍").contains("某某区人民法院");
  }

  @Test
  void aBodyAddressedOnItsOwnLineStays() {
    String out =
        redact(
            """
            检察建议书
            某检民建〔2025〕5号
            某某县自然资源局：
            　　你局在办理土地登记过程中存在违法情形，本院依法提出检察建议。
            """);
    assertThat(out).contains("某某县自然资源局:");
  }

  @Test
  void aRelativesNameAfterAKinshipWordIsMaskedThoughAWordRunsAcrossThem() {
    String out = redact("　　被上诉人王亚新，男，1950年3月2日出生。王亚新之女王春兰提交了住院费用清单，护理期间由王春兰护理。");
    assertThat(out).doesNotContain("王春兰", "王亚新");
  }

  @Test
  void aNicknameABracketExplainsAsAPersonsIsMaskedWhereverItStands() {
    String out =
        redact("　　被不起诉人潘小满，女，1990年4月5日出生，住某县某镇。邻居吴秀兰证实曾多次看见满妹（潘小满的小名）放这头牛，" + "满妹每天傍晚把牛赶回圈里。");
    assertThat(out).doesNotContain("满妹", "潘小满");
  }
}
