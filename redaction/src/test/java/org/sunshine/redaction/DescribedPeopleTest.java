package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a name whose bracket says it is handled in another case, gives the kinship to a person
 * the document names, or holds a person's phone or ID number is a person whatever its surname (者, a
 * weak 安); a body's bracket with its phone names no one.
 */
class DescribedPeopleTest {

  private final RedactionEngine engine = new RedactionEngine();

  @Test
  void aNameItsBracketDescribesAsAPersonIsMasked() {
    String text =
        """
        某某县人民检察院
        起诉书
        　　被告人邵文斌，男，1980年5月2日出生，汉族，住某某县城关镇。
        　　经依法审查查明：被告人邵文斌将盗得的电动车销赃给收购旧车的者木（另案处理）。
        罂粟植株位于相邻的安建林（邵文斌之子，外出务工）承包地内。废品站经营者为黎亚光（联系电话13807529461）。
        　　请向本院（联系电话0898-85521234）反映。
        """;
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out).doesNotContain("者木", "安建林", "黎亚光");
    assertThat(out).contains("本院");
  }
}
