package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule: a record's own number is no card or travel document by its shape alone — a contract or
 * receipt number (C20230915, H88886666), a period of two dates, an audit or approval number, a
 * transaction serial, a case number behind a letter — while a card after its label is still masked.
 */
class RecordNumbersAreNoCardsTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String facts) {
    String text = "起诉书\n　　被告人卓明远，男，1980年3月5日出生。\n　　经依法审查查明：" + facts + "\n";
    RedactionResult r =
        engine.redact(
            new RedactionRequest(
                text, null, List.of(), PseudonymMap.empty(), RedactionPolicy.defaults(), null));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return r.redactedText();
  }

  @Test
  void aContractOrReceiptNumberShapedLikeAPermitIsKept() {
    assertThat(redact("双方签订合同编号为C20240916的协议，收据号码H77775555。")).contains("C20240916", "H77775555");
  }

  @Test
  void datedAndLabelledRecordNumbersShapedLikeCardsAreKept() {
    assertThat(
            redact(
                "被告人卓明远于20240101-20241231期间任会计，审计报告编号为2024 0412 0001 0003，审批单号2024-0102-1234-5678，"
                    + "交易流水号20240916123456789013，统一受案编号B3301050300002024090013。"))
        .contains(
            "20240101-20241231",
            "2024 0412 0001 0003",
            "2024-0102-1234-5678",
            "20240916123456789013",
            "B3301050300002024090013");
  }

  @Test
  void aCardAfterItsLabelIsStillMasked() {
    assertThat(redact("被告人卓明远的银行卡号为6217 0033 1298 4521 675，护照号码E12345678。"))
        .doesNotContain("1298 4521", "E12345678");
  }
}
