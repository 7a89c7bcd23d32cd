package org.sunshine.platform.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;

/**
 * A hearing of a case the law withholds never reaches the public, however late the case is found
 * so.
 */
@PlatformTest
class WithheldCaseHearingTest {

  @Autowired Hearings hearings;
  @Autowired DocumentFixtures fixtures;
  @Autowired Cases cases;
  @Autowired StaffAccounts accounts;
  @Autowired Clock clock;

  StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  LocalDateTime inDays(int days) {
    return LocalDate.now(clock).plusDays(days).atTime(9, 30);
  }

  NewHearing hearingOf(String caseNumber) {
    return new NewHearing(
        caseNumber, HearingKind.REVIEW, "审查逮捕案件公开审查", inDays(7), "小店区人民检察院听证室", true, 5, 0);
  }

  /**
   * RULES.md §1 (2021 规定 第四条): a case involving a state secret is never published, so it has no
   * public hearing — Hearings.schedule refuses one (refuseWithheld). But the check is made only
   * when the hearing is scheduled: a case found secret afterwards (the next import from upstream
   * marks it so) is still announced to the public, and its outcome published.
   */
  @Test
  void aCaseFoundSecretAfterSchedulingIsNeverAnnounced() throws IOException {
    long caseId = fixtures.anOpenCase("尹秋实");
    String number = cases.record(caseId).caseNumber();
    long id = hearings.schedule(staff("handler"), hearingOf(number));

    LocalDate accepted = LocalDate.now().minusDays(5);
    var report =
        cases.importSystemBatch(
            new StringReader(
                String.format(
                    "{\"record\":\"case\",\"caseNumber\":\"%s\",\"version\":2,\"unit\":\"140105\","
                        + "\"caseType\":\"PROSECUTION_REVIEW\",\"charge\":\"诈骗罪\",\"secret\":true,"
                        + "\"acceptedOn\":\"%s\",\"parties\":[{\"partyNo\":\"S1\",\"name\":\"尹秋实\","
                        + "\"role\":\"SUSPECT\",\"birthDate\":\"1980-01-01\"}]}",
                    number, accepted)));
    assertThat(report.rejected()).as(report.toString()).isZero();
    assertThatThrownBy(() -> hearings.schedule(staff("handler"), hearingOf(number)))
        .as("the case is now withheld by law: a new hearing is refused")
        .hasMessageStartingWith("caseNumber");

    assertThatThrownBy(() -> hearings.announce(staff("handler"), id))
        .as("nor is the one scheduled before announced to the public")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("caseNumber");
    assertThat(hearings.published()).extracting(HearingView::id).doesNotContain(id);
  }
}
