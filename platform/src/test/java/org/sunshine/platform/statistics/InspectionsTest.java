package org.sunshine.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;

/** 监督检查 and 整改: who inspects whom, how a correction travels down and back, and its reminder. */
@PlatformTest
class InspectionsTest {

  @Autowired TransactionTemplate tx;
  @Autowired Inspections inspections;
  @Autowired InspectionRows inspectionRows;
  @Autowired Corrections corrections;
  @Autowired CorrectionRows correctionRows;
  @Autowired LedgerRebuild rebuild;
  @Autowired LedgerRows ledger;
  @Autowired DocumentFixtures fixtures;
  @Autowired Approvals approvals;
  @Autowired Notifications notifications;
  @Autowired Directory directory;
  @Autowired StaffAccounts accounts;
  @Autowired TestAccounts testAccounts;
  @Autowired Clock clock;

  private StaffIdentity open(String unit, Role role) {
    return accounts
        .identity(testAccounts.open(unit, role, DataScope.UNIT_AND_SUBORDINATES))
        .orElseThrow();
  }

  private long unit(String code) {
    return directory.findByCode(code).orElseThrow().id();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  @Test
  void anUpperUnitOrdersACorrectionInALowerUnit() throws Exception {
    StaffIdentity cityInspector = open("140100", Role.INSPECTOR);
    StaffIdentity countyCaseMgmt = open("140105", Role.CASE_MANAGEMENT);
    long doc = fixtures.anIndictment(fixtures.aCaseWith("诈骗罪", "周立新:DEFENDANT"));
    rebuild.rebuild();
    String number = ledger.find(doc).orElseThrow().documentNumber();

    // A document of another unit cannot be pointed at; nor can a correction without a due date.
    assertThatThrownBy(
            () ->
                corrections.order(
                    cityInspector,
                    new Corrections.Order(unit("140106"), "补充公开", today().plusDays(10), number)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("documentNumber:");
    assertThatThrownBy(
            () ->
                corrections.order(
                    cityInspector, new Corrections.Order(unit("140105"), "补充公开", null, null)))
        .hasMessageStartingWith("dueOn:");

    long id =
        corrections.order(
            cityInspector,
            new Corrections.Order(
                unit("140105"), "该起诉书已超期未公开，请补充公开并说明原因", today().plusDays(10), number));
    Correction ordered = corrections.get(id);
    assertThat(ordered.status()).isEqualTo(Correction.ORDERED);
    assertThat(ordered.documentId()).isEqualTo(doc);

    // It reaches the county's 案管 as a task and in their inbox.
    assertThat(approvals.pendingFor(Corrections.SUBJECT, id))
        .get()
        .satisfies(
            t -> {
              assertThat(t.unitId()).isEqualTo(unit("140105"));
              assertThat(t.waitingFor()).isEqualTo(Role.CASE_MANAGEMENT);
            });
    assertThat(notifications.inbox("staff:" + countyCaseMgmt.username(), 10))
        .anyMatch(m -> m.body().contains("补充公开") && m.link().endsWith("/corrections/" + id));

    // Only the county's 案管 reports it done; the task is closed.
    assertThatThrownBy(() -> corrections.report(cityInspector, id, "已公开"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> corrections.report(countyCaseMgmt, id, " "))
        .hasMessageStartingWith("note:");
    corrections.report(countyCaseMgmt, id, "已于今日补充公开，并对承办人进行提醒");
    assertThat(approvals.pendingFor(Corrections.SUBJECT, id)).isEmpty();

    // The city sends it back once (a reason is required), then confirms it.
    assertThatThrownBy(() -> corrections.confirm(cityInspector, id, false, ""))
        .hasMessageStartingWith("note:");
    corrections.confirm(cityInspector, id, false, "未说明超期原因");
    assertThat(corrections.get(id).status()).isEqualTo(Correction.ORDERED);
    assertThat(approvals.pendingFor(Corrections.SUBJECT, id)).isPresent();
    corrections.report(countyCaseMgmt, id, "超期系送达回证未及时录入，已补录并公开");
    assertThatThrownBy(() -> corrections.confirm(countyCaseMgmt, id, true, null))
        .isInstanceOf(AccessDeniedException.class);
    corrections.confirm(cityInspector, id, true, "整改到位");
    assertThat(corrections.get(id).status()).isEqualTo(Correction.CONFIRMED);
    assertThatThrownBy(() -> corrections.confirm(cityInspector, id, true, null))
        .isInstanceOf(IllegalStateException.class);
    assertThat(correctionRows.steps(id))
        .extracting(CorrectionRows.Step::action)
        .containsExactly("ORDERED", "REPORTED", "REOPENED", "REPORTED", "CONFIRMED");
  }

  @Test
  void aCountyCannotInspectItsUpperUnit() {
    StaffIdentity countyInspector = open("140105", Role.INSPECTOR);
    StaffIdentity cityInspector = open("140100", Role.INSPECTOR);
    int year = today().getYear();

    assertThatThrownBy(() -> inspections.open(countyInspector, unit("140100"), year, 1))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> inspections.open(countyInspector, unit("140106"), year, 1))
        .isInstanceOf(AccessDeniedException.class);
    // Nor order a correction above, beside or in itself.
    for (String code : new String[] {"140100", "140106", "140105"}) {
      assertThatThrownBy(
              () ->
                  corrections.order(
                      countyInspector,
                      new Corrections.Order(unit(code), "整改", today().plusDays(5), null)))
          .isInstanceOf(AccessDeniedException.class);
    }

    // The city inspects another county: the county inspector cannot open or change it.
    Inspection other = inspections.open(cityInspector, unit("140106"), year, 1);
    assertThatThrownBy(() -> inspections.readable(countyInspector, other.id()))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(inspections.visibleTo(countyInspector)).noneMatch(i -> i.id() == other.id());

    // The county may inspect itself.
    assertThat(inspections.open(countyInspector, unit("140105"), year, 1).unitId())
        .isEqualTo(unit("140105"));
  }

  @Test
  void anInspectionIsCompletedOnlyWithTheWholeChecklist() {
    StaffIdentity inspector = open("140100", Role.INSPECTOR);
    long county = unit("140107");
    Inspection i = inspections.open(inspector, county, today().getYear() - 1, 2);
    for (String item : inspections.checklist()) {
      if (!item.equals("ARCHIVE")) {
        inspections.check(inspector, i.id(), item, "PASS", null);
      }
    }
    assertThatThrownBy(() -> inspections.check(inspector, i.id(), "ARCHIVE", "FAIL", ""))
        .hasMessageStartingWith("note:");
    assertThatThrownBy(() -> inspections.complete(inspector, i.id(), "总体良好"))
        .hasMessageStartingWith("checklist:");
    inspections.check(inspector, i.id(), "ARCHIVE", "FAIL", "第三季度材料未立卷");
    long finding = inspections.finding(inspector, i.id(), "第三季度公开材料未按时立卷归档");
    long correction =
        inspections.requireCorrection(
            inspector,
            i.id(),
            finding,
            new Corrections.Order(county, "补齐第三季度立卷材料", today().plusDays(30), null));
    assertThatThrownBy(
            () ->
                inspections.requireCorrection(
                    inspector,
                    i.id(),
                    null,
                    new Corrections.Order(unit("140106"), "整改", today().plusDays(30), null)))
        .hasMessageStartingWith("unitId:");
    Inspection done = inspections.complete(inspector, i.id(), "总体良好，归档需整改");
    assertThat(done.status()).isEqualTo(Inspection.COMPLETED);
    assertThatThrownBy(() -> inspections.finding(inspector, i.id(), "补记"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(correctionRows.ofInspection(i.id()))
        .extracting(Correction::id)
        .containsExactly(correction);
  }

  @Test
  void anOverdueCorrectionIsReminded() {
    StaffIdentity cityCaseMgmt = open("140100", Role.CASE_MANAGEMENT);
    StaffIdentity countyCaseMgmt = open("140121", Role.CASE_MANAGEMENT);
    LocalDate due = today().plusDays(3);
    long id =
        corrections.order(
            cityCaseMgmt, new Corrections.Order(unit("140121"), "上半年依申请公开台账缺失，请补建", due, null));
    ZoneId zone = clock.getZone();
    CorrectionReminders onDueDay =
        new CorrectionReminders(
            correctionRows,
            corrections,
            Clock.fixed(due.atTime(8, 0).atZone(zone).toInstant(), zone),
            tx,
            5);
    CorrectionReminders twoDaysLate =
        new CorrectionReminders(
            correctionRows,
            corrections,
            Clock.fixed(due.plusDays(2).atTime(8, 0).atZone(zone).toInstant(), zone),
            tx,
            5);

    onDueDay.remind();
    assertThat(correctionRows.steps(id)).noneMatch(s -> s.action().equals("REMINDED"));
    assertThat(twoDaysLate.remind()).isPositive();
    assertThat(twoDaysLate.remind()).isZero();
    assertThat(correctionRows.steps(id)).filteredOn(s -> s.action().equals("REMINDED")).hasSize(1);
    assertThat(notifications.inbox("staff:" + countyCaseMgmt.username(), 10))
        .anyMatch(m -> m.body().contains("整改已超期") && m.body().contains("已超 2 天"));

    // Reported done: no more reminders.
    corrections.report(countyCaseMgmt, id, "已补建台账");
    CorrectionReminders later =
        new CorrectionReminders(
            correctionRows,
            corrections,
            Clock.fixed(due.plusDays(5).atTime(8, 0).atZone(zone).toInstant(), zone),
            tx,
            5);
    later.remind();
    assertThat(correctionRows.steps(id)).filteredOn(s -> s.action().equals("REMINDED")).hasSize(1);
  }

  @Test
  void anOverdueCorrectionClimbsToTheDeputyChiefAndTheOrdererAfterFiveDays() {
    StaffIdentity cityCaseMgmt = open("140100", Role.CASE_MANAGEMENT);
    StaffIdentity countyDeputy = open("140121", Role.DEPUTY_CHIEF);
    LocalDate due = today().plusDays(3);
    long id =
        corrections.order(
            cityCaseMgmt, new Corrections.Order(unit("140121"), "依申请公开答复期限台账缺失，请补建", due, null));
    ZoneId zone = clock.getZone();
    new CorrectionReminders(
            correctionRows,
            corrections,
            Clock.fixed(due.plusDays(2).atTime(8, 0).atZone(zone).toInstant(), zone),
            tx,
            5)
        .remind();
    assertThat(notifications.inbox("staff:" + countyDeputy.username(), 10))
        .noneMatch(m -> m.body().contains("依申请公开答复期限台账缺失"));

    new CorrectionReminders(
            correctionRows,
            corrections,
            Clock.fixed(due.plusDays(5).atTime(8, 0).atZone(zone).toInstant(), zone),
            tx,
            5)
        .remind();
    assertThat(notifications.inbox("staff:" + countyDeputy.username(), 10))
        .anyMatch(m -> m.body().contains("依申请公开答复期限台账缺失") && m.body().contains("已超 5 天"));
    assertThat(notifications.inbox("staff:" + cityCaseMgmt.username(), 10))
        .anyMatch(
            m ->
                m.body().contains(directory.get(unit("140121")).name())
                    && m.body().contains("依申请公开答复期限台账缺失"));
    assertThat(correctionRows.steps(id)).filteredOn(s -> s.action().equals("REMINDED")).hasSize(2);
  }
}
