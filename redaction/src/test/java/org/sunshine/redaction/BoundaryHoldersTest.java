package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: the neighbour a parcel's boundaries name between 东至/西至/南至/北至 and a holding (承包地, 茶地,
 * 祖宅, 油茶林…) is a person, also across a line break, whatever the surname; a word (甘蔗地) and a place
 * before a holding stay.
 */
class BoundaryHoldersTest {

  private final RedactionEngine engine = new RedactionEngine();

  @Test
  void theNeighboursABoundaryNamesAreMasked() {
    String text =
        """
        某某县人民检察院
        检察建议书
        　　经查，下列地块被非法占用：
        序号　地块位置　四至　面积（亩）
        1　某某村南坡　东至骆文秀承包地，西至村道，南至大沟，北至甘蔗地　2.4
        2　某某村西岭　东至荒坡，西至卜长顺祖宅，南至乡道，北至
        蒙德林地　1.7
        3　某某村后山　东至玉罕茶地，西至山脊，南至覃木生油茶林，北至林地　5.2
        　　以上事实，有现场勘验笔录等证据证实。
        """;
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out).doesNotContain("骆文秀", "卜长顺", "蒙德林", "玉罕", "覃木生");
    assertThat(out).contains("甘蔗地", "北至林地", "西至村道", "南至大沟");
  }
}
