package org.sunshine.platform.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.sunshine.platform.approval.ApprovalView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.publication.PublicRelease;
import org.sunshine.platform.publication.PublishedReleases;
import org.sunshine.platform.search.SearchProbe;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;

@PlatformTest
class ReleasesTest {

  @Autowired Releases releases;
  @Autowired PublishedReleases published;
  @Autowired DocumentFixtures fx;
  @Autowired TestAccounts accounts;
  @Autowired Cases cases;
  @Autowired ApplicationContext context;

  private static final String BODY =
      "近日，太原市小店区人民检察院依法对一起涉老年人诈骗案提起公诉。检察机关提示：警惕以高息理财为名的诈骗，" + "遇到可疑情况请拨打110或12309。";

  private StaffIdentity staff(String username) {
    return fx.staff(username);
  }

  private long drafted(String title, Escalation escalation) {
    return releases.draft(
        staff("handler"), new NewRelease("TYPICAL_CASE", title, BODY, null, escalation));
  }

  private void approveAll(long id, String... who) {
    for (String w : who) {
      ApprovalView a = releases.view(staff(w), id).pendingApproval();
      releases.decide(staff(w), id, true, "同意", a.contentHash());
    }
  }

  @Test
  void aMajorCaseGoesUpToTheUpperUnitAndCaseManagementPublishesWhereThereIsNoPressOffice() {
    long id = drafted("警惕高息理财诈骗 " + System.nanoTime(), Escalation.UPPER);
    releases.submit(staff("handler"), id);
    approveAll(id, "depthead", "deputy");
    ReleaseView atCity = releases.view(staff("handler"), id);
    assertThat(atCity.status()).isEqualTo(ReleaseStatus.IN_APPROVAL);
    long city = atCity.approvalUnitId();
    assertThat(city).isNotEqualTo(atCity.unitId());
    String head = accounts.open("140100", Role.DEPARTMENT_HEAD, DataScope.UNIT_AND_SUBORDINATES);
    String chief = accounts.open("140100", Role.CHIEF_PROCURATOR, DataScope.UNIT_AND_SUBORDINATES);
    approveAll(id, head, chief); // the chief may decide the deputy chief's step
    assertThat(releases.view(staff("handler"), id).status()).isEqualTo(ReleaseStatus.APPROVED);
    assertThatThrownBy(() -> releases.publish(staff("handler"), id))
        .isInstanceOf(AccessDeniedException.class);
    releases.publish(staff("casemgmt"), id);
    assertThat(published.find(id).orElseThrow().body()).isEqualTo(BODY);
  }

  @Test
  void nothingIsPublishedBeforeApprovalAndTheEngineStopsANameInTheText() {
    long id =
        releases.draft(
            staff("handler"),
            new NewRelease(
                "HOT_CASE",
                "一起盗窃案",
                "被告人王建华于2026年5月盗窃手机一部，身份证号码140105198503120018。",
                null,
                Escalation.NONE));
    assertThatThrownBy(() -> releases.publish(staff("casemgmt"), id))
        .isInstanceOf(IllegalStateException.class);
    assertThat(releases.view(staff("handler"), id).problems()).isNotEmpty();
    assertThatThrownBy(() -> releases.submit(staff("handler"), id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("提交前须处理");
  }

  @Test
  void aMinorOffendersCaseIsNeverReleased() throws Exception {
    long caseId = fx.aCase(true, true);
    long id =
        releases.draft(
            staff("handler"),
            new NewRelease(
                "TYPICAL_CASE",
                "一起盗窃案",
                "检察机关依法办理一起盗窃案。",
                cases.record(caseId).caseNumber(),
                Escalation.NONE));
    assertThat(releases.view(staff("handler"), id).problems()).anyMatch(p -> p.startsWith("依法不公开"));
    assertThatThrownBy(() -> releases.submit(staff("handler"), id))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPublishedReleaseComesDownWhenItsCaseIsFoundSecret() throws Exception {
    long caseId = fx.aCase(true, false);
    String caseNumber = cases.record(caseId).caseNumber();
    long id =
        releases.draft(
            staff("handler"),
            new NewRelease(
                "TYPICAL_CASE", "一起盗窃案办结 " + System.nanoTime(), BODY, caseNumber, Escalation.NONE));
    releases.submit(staff("handler"), id);
    approveAll(id, "depthead", "deputy");
    releases.publish(staff("casemgmt"), id);
    assertThat(published.find(id).orElseThrow().withdrawn()).isFalse();

    fx.markSecret(caseId);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> published.find(id).orElseThrow().withdrawn());
    PublicRelease gone = published.find(id).orElseThrow();
    assertThat(gone.body()).isNull();
    assertThat(gone.withdrawalReason()).isEqualTo("依法不予公开");
    assertThat(releases.view(staff("handler"), id).status()).isEqualTo(ReleaseStatus.WITHDRAWN);
  }

  @Test
  void factsAndEvidenceOfACaseStillBeingHandledAreNeverReleased() throws Exception {
    long caseId = fx.anOpenCase("赵大明");
    String caseNumber = cases.record(caseId).caseNumber();
    long id =
        releases.draft(
            staff("handler"),
            new NewRelease(
                "HOT_CASE",
                "一起诈骗案进展",
                "经依法审查查明，犯罪嫌疑人赵某某以投资为名骗取他人财物。",
                caseNumber,
                Escalation.NONE));
    assertThat(releases.view(staff("handler"), id).problems()).anyMatch(p -> p.contains("第十一条"));
  }

  @Test
  void pinnedItemsComeFirstUntilTheirDateAndAWithdrawnOneKeepsOnlyItsNotice() {
    long older = drafted("置顶测试 " + System.nanoTime(), Escalation.NONE);
    releases.submit(staff("handler"), older);
    approveAll(older, "depthead", "deputy");
    releases.publish(staff("casemgmt"), older);
    long newer = drafted("普通信息 " + System.nanoTime(), Escalation.NONE);
    releases.submit(staff("handler"), newer);
    approveAll(newer, "depthead", "deputy");
    releases.publish(staff("casemgmt"), newer);
    releases.pin(staff("casemgmt"), older, 3, LocalDate.now().plusDays(7));
    assertThat(published.list(null, null, 0, 5).get(0).id()).isEqualTo(older);
    await().atMost(Duration.ofSeconds(10)).until(() -> hits("置顶测试") > 0);
    releases.withdraw(staff("casemgmt"), older, "信息有误");
    PublicRelease gone = published.find(older).orElseThrow();
    assertThat(gone.withdrawn()).isTrue();
    assertThat(gone.body()).isNull();
    assertThat(gone.withdrawalReason()).isEqualTo("信息有误");
    assertThat(published.list(null, null, 0, 50)).noneMatch(r -> r.id() == older);
    await().atMost(Duration.ofSeconds(10)).until(() -> hits("置顶测试") == 0);
  }

  private long hits(String q) {
    return SearchProbe.total(context, q, "RELEASE");
  }
}
