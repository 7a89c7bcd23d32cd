package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A victim of a sexual crime introduced by another word with a bracketed birth date (乘客X（…出生）) and
 * called 被害人 later is a minor victim when that date makes them under 18 at the offence (RULES.md
 * §1); an adult so introduced, or a minor who is nobody's victim, refuses nothing.
 */
class BracketedVictimsTest {

  private static final String FACTS =
      """
      某某市某某区人民检察院
      不起诉决定书
      某检刑不诉〔2025〕7号
      　　被不起诉人韦建成，男，1986年3月2日出生，汉族，住某某市某某区。
      　　经审查认定：2024年5月11日21时许，韦建成驾驶网约车，搭载乘客%s（%s出生）前往某某街道，途中对其实施强制猥亵。
      　　被害人%s陈述与韦建成供述一致。本院认为，韦建成的行为情节轻微，决定不起诉。
      """;

  private static RedactionResult redact(String passenger, String born, String calledVictim) {
    return new RedactionEngine()
        .redact(RedactionRequest.of(String.format(FACTS, passenger, born, calledVictim)));
  }

  @Test
  void aPassengerCalledVictimLaterWhoWas14IsAMinorVictimOfASexualCrime() {
    RedactionResult r = redact("钟晓桐", "2009年6月18日", "钟晓桐");
    assertThat(r.publishable()).isFalse();
    assertThat(r.verdict().refusals())
        .anySatisfy(
            x -> assertThat(x.reason()).isEqualTo(RefusalReason.SEXUAL_CRIME_AGAINST_MINOR));
  }

  @Test
  void anAdultPassengerCalledVictimRefusesNothing() {
    assertThat(redact("钟晓桐", "1999年6月18日", "钟晓桐").publishable()).isTrue();
  }

  @Test
  void aMinorWhoIsNotTheVictimRefusesNothing() {
    assertThat(redact("钟晓桐", "2012年6月18日", "刘佳慧").publishable()).isTrue();
  }
}
