package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule: X子 is a nickname of someone whose given name ends in X only when X子 is no ordinary word
 * (金子, 银子, 海子 stay), and even then it is masked only where it stands as a name, not wherever a noun
 * could act (华子抽完了 of 蒋振华 stays).
 */
class ZiNicknamesTest {

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
  void aWordEndingInZiBuiltOnAGivenNameIsKept() {
    String out =
        redact(
            """
            起诉书
            　　被告人卜元金，男，1975年2月3日出生。
            　　被告人祝成海，男，1979年8月9日出生。
            　　被告人蒋振华，男，1983年1月4日出生。
            　　经依法审查查明：被告人蒋振华买的华子抽完了。被告人卜元金抢走被害人的金子手镯一只，后将金子卖掉。被告人祝成海在海子边接应，并用银子付了车费。
            """);
    assertThat(out).doesNotContain("卜元金", "祝成海").contains("金子手镯", "将金子卖掉", "海子边", "用银子");
  }

  @Test
  void aZiNicknameIsMaskedWhereItStandsAsAName() {
    String out =
        redact(
            """
            起诉书
            　　被告人宫晓燕，女，1981年6月7日出生。
            　　经依法审查查明：证人证实：“燕子说是公司让她先走个账。”
            """);
    assertThat(out).doesNotContain("宫晓燕", "燕子说").contains("先走个账");
  }
}
