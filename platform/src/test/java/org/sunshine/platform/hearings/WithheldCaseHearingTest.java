package org.sunshine.platform.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.notifications.InboxEntry;
import org.sunshine.platform.notifications.Notifications;
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
  @Autowired LawyerGrants applicants;
  @Autowired Notifications notifications;

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

    fixtures.markSecret(caseId);
    assertThatThrownBy(() -> hearings.schedule(staff("handler"), hearingOf(number)))
        .as("the case is now withheld by law: a new hearing is refused")
        .hasMessageStartingWith("caseNumber");

    assertThatThrownBy(() -> hearings.announce(staff("handler"), id))
        .as("nor is the one scheduled before announced to the public")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("caseNumber");
    assertThat(hearings.published()).extracting(HearingView::id).doesNotContain(id);
  }

  /**
   * An announced hearing was public when its case turned out secret: the public list and page lose
   * it (its outcome may never be recorded), and whoever was admitted to observe is told it is off.
   */
  @Test
  void aHearingAnnouncedBeforeItsCaseWasFoundSecretIsWithdrawnFromThePublic() throws IOException {
    long caseId = fixtures.anOpenCase("万晓川");
    String number = cases.record(caseId).caseNumber();
    long id = hearings.schedule(staff("handler"), hearingOf(number));
    hearings.announce(staff("handler"), id);
    long applicant =
        applicants.applicantFor(String.format("1391%07d", System.nanoTime() % 10_000_000));
    hearings.observe(applicant, id, "观察员甲");
    assertThat(hearings.published()).extracting(HearingView::id).contains(id);

    fixtures.markSecret(caseId);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "WITHDRAWN".equals(hearings.get(staff("handler"), id).state()));
    assertThat(hearings.published()).extracting(HearingView::id).doesNotContain(id);
    assertThatThrownBy(() -> hearings.publicView(id)).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> hearings.observe(applicant, id, "观察员乙"))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(notifications.inbox("applicant:" + applicant, 10))
        .extracting(InboxEntry::body)
        .anySatisfy(b -> assertThat(b).contains("依法不再公开举行"));
  }

  /**
   * A civil supervision has no accused, so no screening finding: its secret flag alone withholds
   * it. Its announced hearing comes down when an import marks it secret, and, never held, it may
   * still be cancelled so that its supervisors are released.
   */
  @Test
  void aCaseWithoutAnAccusedMarkedSecretWithdrawsItsHearingWhichMayStillBeCancelled()
      throws IOException {
    String number = "晋小检民监〔2026〕S" + System.nanoTime() % 1_000_000 + "号";
    String record =
        "{\"record\":\"case\",\"caseNumber\":\"%s\",\"version\":%d,\"unit\":\"140105\","
            + "\"caseType\":\"CIVIL_SUPERVISION\",\"charge\":\"民间借贷纠纷\",\"secret\":%s,"
            + "\"acceptedOn\":\"%s\",\"parties\":[{\"partyNo\":\"A1\",\"name\":\"龚秀梅\","
            + "\"role\":\"PETITIONER\"}]}";
    LocalDate accepted = LocalDate.now().minusDays(5);
    cases.importSystemBatch(new StringReader(String.format(record, number, 1, false, accepted)));
    long id = hearings.schedule(staff("handler"), hearingOf(number));
    hearings.announce(staff("handler"), id);

    var report =
        cases.importSystemBatch(new StringReader(String.format(record, number, 2, true, accepted)));
    assertThat(report.rejected()).as(report.toString()).isZero();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "WITHDRAWN".equals(hearings.get(staff("handler"), id).state()));
    assertThatThrownBy(() -> hearings.publicView(id)).isInstanceOf(NoSuchElementException.class);
    hearings.cancel(staff("handler"), id);
    assertThat(hearings.get(staff("handler"), id).state()).isEqualTo("CANCELLED");
  }
}
