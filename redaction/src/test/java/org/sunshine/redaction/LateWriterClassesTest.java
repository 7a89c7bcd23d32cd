package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The rule: what a further independent writer leaves behind is masked by a mechanism, not a word
 * list — and the words around it, and the words that merely contain a masked character, stay.
 */
class LateWriterClassesTest {

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

  @Test
  void aOneCharacterGivenNameUsedAloneInQuotedSpeechIsMasked() {
    String out =
        redact(
            "起诉书\n　　被告人罗斌，男，1990年2月3日出生。\n　　被告人石峰，男，1991年5月6日出生。\n"
                + "　　证人甘某证实：“那天是斌开车送过来的，峰在门口看着，天亮前就走了，明天再来。”"
                + "被告人石峰亦供称“斌负责开锁”。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("斌开", "峰在", "斌负责").contains("天亮前就走了", "明天再来", "门口看着", "赵敏");
  }
}
