package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyNamesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    return engine.redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void aDefendantCompanysTradeNameIsMaskedWhileRegionTradeAndFormAreKept() {
    String out = redact("　　被告单位南昌洪兴市政工程有限公司（以下简称洪兴公司），住所地南昌市东湖区。\n" + "　　经依法审查查明：洪兴公司于2023年串通投标。");
    assertThat(out).contains("南昌**市政工程有限公司", "**公司于2023年").doesNotContain("洪兴");
  }

  @Test
  void theTradeNameIsMaskedEverywhereTheFullNameAppears() {
    String out = redact("　　被告单位厦门鹭通进出口贸易有限公司，住所地厦门市思明区。\n" + "　　经依法审查查明：厦门鹭通进出口贸易有限公司以伪报品名方式走私。");
    assertThat(out).doesNotContain("鹭通").contains("厦门**进出口贸易有限公司以伪报品名");
  }

  @Test
  void aVictimBankIsNeverMasked() {
    String out = redact("　　被害单位中国工商银行股份有限公司，住所地北京市西城区。");
    assertThat(out).contains("中国工商银行股份有限公司");
  }

  @Test
  void aTradeNameThatIsAlsoAPlaceIsMaskedAndNarrativeIsNotTakenForAName() {
    String out = redact("　　被告单位昆山黄河物流有限公司，住所地昆山市。\n" + "　　经依法审查查明：黄河公司虚开发票。被告单位在黄河边设厂。");
    assertThat(out).contains("昆山**物流有限公司", "**公司虚开发票", "被告单位在黄河边设厂");
  }
}
