package org.sunshine.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.support.PlatformTest;

/** 受理后短信告知诉讼权利义务: once per party with a mobile number, naming no charge. */
@PlatformTest
class RightsNoticeTest {

  @Autowired Cases cases;
  @Autowired JdbcClient jdbc;

  private void importCase(String number, String type, String mobile) throws Exception {
    LocalDate accepted = LocalDate.now().minusDays(1);
    String c =
        String.format(
            "{\"record\":\"case\",\"caseNumber\":\"%s\",\"version\":1,\"unit\":\"140105\",\"caseType\":\"%s\","
                + "\"charge\":\"诈骗罪\",\"acceptedOn\":\"%s\",\"parties\":["
                + "{\"partyNo\":\"S1\",\"name\":\"孙立新\",\"role\":\"SUSPECT\",\"birthDate\":\"1980-01-01\",\"mobile\":\"%s\"},"
                + "{\"partyNo\":\"V1\",\"name\":\"钱美华\",\"role\":\"VICTIM\"}]}",
            number, type, accepted, mobile);
    String e =
        String.format(
            "{\"record\":\"event\",\"caseNumber\":\"%s\",\"eventId\":\"A\",\"partyNo\":null,\"type\":\"ACCEPTED\",\"on\":\"%s\"}",
            number, accepted);
    var report = cases.importSystemBatch(new StringReader(c + "\n" + e));
    assertThat(report.rejected()).isZero();
  }

  private List<String> smsTo(String mobile) {
    return jdbc.sql("select body from notification where address = ? and channel = 'SMS'")
        .param(mobile)
        .query(String.class)
        .list();
  }

  @Test
  void aPartyWithAMobileIsToldTheirRightsOnceWhenTheCaseIsAcceptedForReview() throws Exception {
    String number = "晋小检刑诉受〔2026〕R" + System.nanoTime() % 1_000_000 + "号";
    importCase(number, "PROSECUTION_REVIEW", "13855550001");
    importCase(number, "PROSECUTION_REVIEW", "13855550001"); // the same records again
    List<String> sent = smsTo("13855550001");
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0))
        .startsWith("【阳光检务】您涉及的案件已由")
        .contains("审查起诉")
        .contains("诉讼权利")
        .doesNotContain("诈骗")
        .doesNotContain("孙立新")
        .doesNotContain("钱美华");
  }

  @Test
  void aCaseTypeTheLawDoesNotAskToBeToldSendsNothing() throws Exception {
    String number = "晋小检民监〔2026〕R" + System.nanoTime() % 1_000_000 + "号";
    importCase(number, "CIVIL_SUPERVISION", "13855550002");
    assertThat(smsTo("13855550002")).isEmpty();
  }
}
