package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a table column in which other sources already read at least two people, half of its
 * name-shaped cells or more, is a column of people whatever its header says (领款人, 卡主) or without
 * one: every cell of it shaped like a name is masked, a rare surname too once three are read, while
 * the header's words and the cells of places stay.
 */
class NameColumnsWhateverTheirHeaderTest {

  private final RedactionEngine engine = new RedactionEngine();

  @Test
  void everyNameOfAColumnWithAnUnknownHeaderIsMasked() {
    String text =
        """
        某某县人民检察院
        检察建议书
        　　经查，下列人员的社会保障卡被他人冒用，被害人为钟立华、黎小梅、庞秀云：
        序号　领款人　户籍地　冒领金额
        1　钟立华　某某镇四合村　人民币9360元
        2　黎小梅　某某镇新兴村　人民币8190元
        3　庞秀云　某某镇胜利村　人民币7410元
        4　陀永康　某某镇前进村　人民币6120元
        　　以上事实，有银行流水等证据证实。
        """;
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out).doesNotContain("钟立华", "黎小梅", "庞秀云", "陀永康");
    assertThat(out).contains("领款人", "户籍地", "冒领金额");
  }

  @Test
  void aColumnWithoutKnownPeopleIsLeftAlone() {
    String text =
        """
        某某县人民检察院
        检察建议书
        　　经查，该局下列项目存在问题：
        序号　项目　地点　金额
        1　绿化工程　某某镇　人民币9360元
        2　排水工程　某某镇　人民币8190元
        3　道路工程　某某镇　人民币7410元
        """;
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out).contains("绿化工程", "排水工程", "道路工程");
  }
}
