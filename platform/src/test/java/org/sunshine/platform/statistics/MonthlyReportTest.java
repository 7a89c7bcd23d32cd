package org.sunshine.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;
import org.sunshine.redaction.DocumentType;

/** 实名通报: drafted with frozen figures, approved, published, disputed and corrected next month. */
@PlatformTest
class MonthlyReportTest {

  @Autowired DocumentFixtures fixtures;
  @Autowired LedgerRebuild rebuild;
  @Autowired LedgerRows ledger;
  @Autowired MonthlyReports reports;
  @Autowired MonthlyPlans plans;
  @Autowired ReportRows rows;
  @Autowired Directory directory;
  @Autowired StaffAccounts accounts;
  @Autowired TestAccounts testAccounts;
  @Autowired JdbcClient jdbc;
  @Autowired Accountability accountability;

  private StaffIdentity open(String unit, Role role) {
    return accounts
        .identity(testAccounts.open(unit, role, DataScope.UNIT_AND_SUBORDINATES))
        .orElseThrow();
  }

  @Test
  void aDisputedEntryIsCorrectedInTheNextReport() throws Exception {
    long taiyuan = directory.findByCode("140100").orElseThrow().id();
    StaffIdentity casemgmt = open("140100", Role.CASE_MANAGEMENT);
    StaffIdentity deputy = open("140100", Role.DEPUTY_CHIEF);
    long doc = fixtures.anIndictment(fixtures.aCaseWith("盗窃罪", "孙二虎:DEFENDANT"));
    rebuild.rebuild();
    LocalDate month = ledger.find(doc).orElseThrow().dueMonth();

    // Drafted into approval; 案管 reviews, the deputy chief signs: published.
    ReportRows.Report first = reports.draft(taiyuan, month);
    assertThat(first.status()).isEqualTo("IN_APPROVAL");
    assertThat(reports.draft(taiyuan, month).id()).isEqualTo(first.id());
    ReportRows.Named named =
        rows.named(first.id()).stream()
            .filter(n -> n.documentId() == doc)
            .findFirst()
            .orElseThrow();
    assertThat(named.reason()).isEqualTo("OVERDUE");
    assertThat(named.handlerName()).isEqualTo("李明轩");
    assertThat(named.departmentHead()).contains("陈志远");
    assertThatThrownBy(() -> reports.dispute(fixtures.staff("handler"), named.id(), "尚未发布"))
        .isInstanceOf(IllegalStateException.class);
    reports.decide(casemgmt, first.id(), true, "数据已核对");
    assertThat(reports.decide(deputy, first.id(), true, "同意发布").status()).isEqualTo("PUBLISHED");
    var linesBefore = rows.lines(first.id());
    var namedBefore = rows.named(first.id());

    // The handler disputes with a reason (none is refused); 案管 upholds it.
    assertThatThrownBy(() -> reports.dispute(fixtures.staff("handler"), named.id(), " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reports.dispute(fixtures.staff("press"), named.id(), "不是我"))
        .isInstanceOf(AccessDeniedException.class);
    long dispute = reports.dispute(fixtures.staff("handler"), named.id(), "法院生效判决送达延误，已补录送达日期");
    assertThatThrownBy(() -> reports.decideDispute(deputy, dispute, true, "核实"))
        .isInstanceOf(AccessDeniedException.class);
    reports.decideDispute(casemgmt, dispute, true, "经核实送达日期有误，予以更正");
    assertThatThrownBy(() -> reports.decideDispute(casemgmt, dispute, false, "再议"))
        .isInstanceOf(IllegalStateException.class);

    // The published report does not change, not even by hand.
    assertThat(rows.lines(first.id())).isEqualTo(linesBefore);
    assertThat(rows.named(first.id())).isEqualTo(namedBefore);
    assertThatThrownBy(
            () ->
                jdbc.sql("update monthly_report_line set due = due + 1 where report_id = ?")
                    .param(first.id())
                    .update())
        .hasMessageContaining("published");

    // The next month's report carries the correction with its log and does not name it again.
    LocalDate next = month.plusMonths(1);
    plans.freeze(next);
    ReportRows.Report second = reports.draft(taiyuan, next);
    assertThat(rows.corrections(second.id()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.entry().documentId()).isEqualTo(doc);
              assertThat(c.month()).isEqualTo(month);
              assertThat(c.dispute().status()).isEqualTo("UPHELD");
              assertThat(c.dispute().decisionNote()).contains("予以更正");
            });
    assertThat(rows.named(second.id())).noneMatch(n -> n.documentId() == doc);
  }

  @Test
  void aPersonNamedInThreeMonthsOfAYearIsMarked() {
    long jinzhong = directory.findByCode("140700").orElseThrow().id();
    long yuci = directory.findByCode("140702").orElseThrow().id();
    StaffIdentity casemgmt = open("140700", Role.CASE_MANAGEMENT);
    StaffIdentity deputy = open("140700", Role.DEPUTY_CHIEF);
    List<Boolean> marked = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      LocalDate month = LocalDate.of(2025, 3 + i, 1);
      accountability.recordHistory(
          List.of(
              new Accountability.HistoricalEntry(
                  -900_000L - i,
                  yuci,
                  "晋榆检刑诉〔2025〕R" + i + "号",
                  DocumentType.INDICTMENT,
                  "赵德胜",
                  month.minusDays(5),
                  month.plusDays(4),
                  "OPEN",
                  null)));
      long report = accountability.draftReport(jinzhong, month);
      marked.add(rows.named(report).get(0).repeated());
      reports.decide(casemgmt, report, true, "已核对");
      reports.decide(deputy, report, true, "同意");
    }
    assertThat(marked).containsExactly(false, false, true);
  }
}
