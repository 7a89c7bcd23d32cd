package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeptItemsTest {

  private static final String TEXT =
      """
      北京市海淀区人民检察院
      不起诉决定书
      京海检刑不诉〔2026〕12号
      被不起诉人赵明亮，男，1990年5月6日出生。
      本案由北京市公安局海淀分局侦查终结，于2026年3月1日移送审查起诉。
      检察官：孙立平
      2026年4月2日
      """;

  @Test
  void aProcuratorsNameMaskedByTheReviewerIsReportedAsLost() {
    String redacted = TEXT.replace("孙立平", "孙某某").replace("赵明亮", "赵某某");
    assertThat(KeptItems.lostIn(TEXT, redacted)).anyMatch(s -> s.contains("孙立平"));
  }

  @Test
  void maskingOnlyThePeopleLosesNothingKept() {
    assertThat(KeptItems.lostIn(TEXT, TEXT.replace("赵明亮", "赵某某"))).isEmpty();
  }
}
