package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule: a numeral before a measure, time or place word in quoted testimony (三楼, 五点, 二人) counts
 * floors, hours or people; it is no nickname like 二毛 and stays.
 */
class CountedWordsInTestimonyTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    RedactionResult r =
        engine.redact(
            new RedactionRequest(
                text, null, List.of(), PseudonymMap.empty(), RedactionPolicy.defaults(), null));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return r.redactedText();
  }

  @Test
  void aNumeralCountingFloorsHoursOrPeopleInTestimonyIsKept() {
    String out =
        redact(
            """
            起诉书
            　　被告人柯永祥，男，1980年3月5日出生。
            　　经依法审查查明：证人证实：“四楼就有人吵架，七点他们打起来了，二人先动的手，二毛把她扶起来的。”
            """);
    assertThat(out).contains("四楼就有人吵架", "七点他们打起来", "二人先动的手").doesNotContain("二毛");
  }
}
