package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: after an official's title or an officer's occupation word, a preposition that takes an
 * object (把, 向, 对, 将, 与, 给) introduces whom the official acted on, a party: that name is masked
 * whole, while an official's own name right after the title stays kept.
 */
class PeopleActedOnByOfficialsTest {

  private final RedactionEngine engine = new RedactionEngine();

  @Test
  void whomAnOfficialActsOnAfterAPrepositionIsMaskedWhole() {
    String text =
        """
        某某县人民检察院
        起诉书
        某检刑诉〔2026〕31号
        　　被告人甘秋生，男，1979年6月2日出生，汉族，住某某县。
        　　案发后，书记员把邬晓峰先后带走。法官助理向蓝志平分别送达了起诉书副本。检察人员向褚小凤送达权利义务告知书，民警对卜文涛进行了询问。
        　　证人骆伟明证实了上述事实。
        检察官　岑立言
        书记员　贲某
        2026年1月2日
        """;
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out).doesNotContain("邬晓峰", "蓝志平", "志平", "褚小凤", "小凤", "卜文涛", "甘秋生");
    assertThat(out).contains("书记员把", "法官助理向", "检察人员向", "民警对", "分别送达", "岑立言", "贲某");
  }

  @Test
  void anOfficialsOwnNameBeforeThePrepositionStaysKept() {
    String text =
        """
        某某县人民检察院
        不起诉决定书
        　　被不起诉人莘国富，男，1968年3月1日出生，住某某县。
        　　书记员甄一鸣向莘国富送达了本决定书，检察官助理桑晓岚对裘丽娟进行了询问。
        """;
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out).contains("甄一鸣", "桑晓岚").doesNotContain("莘国富", "裘丽娟");
  }

  @Test
  void aRoleWordAfterThePrepositionNamesNobody() {
    String text =
        """
        某某县人民检察院
        民事检察建议书
        　　申请人符德胜，男，1960年1月1日出生。
        　　审判员向原告释明了举证责任，检察官与社工共同走访了申请人，民警将其带回。
        """;
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out).contains("向原告释明", "与社工共同", "将其带回").doesNotContain("符德胜");
  }
}
