package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a table whose cells single spaces set apart and whose rows carry no number, under a
 * header of its own that heads a column of people or their details, is read as a table: its cells
 * are not joined into one word by the closing of stray spaces, and the names of its people column
 * are masked.
 */
class UnnumberedSpacedTablesTest {

  private final RedactionEngine engine = new RedactionEngine();

  @Test
  void theNamesOfAnUnnumberedSingleSpaceTableAreMasked() {
    String text =
        """
        某某县人民检察院
        刑事抗诉书
        　　原审被告人邝德胜，男，1966年2月1日出生，住某某县。
        　　邝德胜向本村村民吸收资金。部分集资参与人情况如下：
        集资参与人 住址 出资金额 未兑付金额
        岑桂芝 某镇上岗村 420000元 315000元
        谭树林 某镇下岗村 380000元 380000元
        瞿秀云 某镇中岗村 296000元 210000元
        邰振海 某镇后岗村 180000元 120000元
        　　原判认定事实错误。
        """;
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    String out = r.redactedText();
    assertThat(out).doesNotContain("岑桂芝", "谭树林", "瞿秀云", "邰振海", "邝德胜");
    assertThat(out).contains("420000元", "120000元", "集资参与人 住址 出资金额 未兑付金额");
  }
}
