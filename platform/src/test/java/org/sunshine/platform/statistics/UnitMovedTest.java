package org.sunshine.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.NewProcuratorate;
import org.sunshine.platform.organisation.OrganisationSetup;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;
import org.sunshine.redaction.DocumentType;

/**
 * ADR 17: live figures follow the hierarchy as it is today; published reports keep the hierarchy
 * they were drafted in (their figures, their readers, the public quarter built from them).
 */
// It adds three units to the hierarchy and moves one: on its own database, so that the other test
// classes' view of the province (its size, its roll-ups) stays the demo's.
@PlatformTest
@TestPropertySource(properties = "sunshine.test.own-database=unit-moved")
class UnitMovedTest {

  @Autowired OrganisationSetup setup;
  @Autowired Directory directory;
  @Autowired StaffAccounts accounts;
  @Autowired TestAccounts testAccounts;
  @Autowired Accountability accountability;
  @Autowired MonthlyReports reports;
  @Autowired ReportRows rows;
  @Autowired Completion completion;
  @Autowired PublicStatistics publicStatistics;

  private long unit(String code, String name, ProcuratorateLevel level, long parent) {
    return directory
        .findByCode(code)
        .map(ProcuratorateView::id)
        .orElseGet(
            () ->
                setup.register(
                    new NewProcuratorate(
                        code, name, name, level, parent, code, "山西省", "030000", "12309")));
  }

  private StaffIdentity open(String code, Role role) {
    return accounts
        .identity(testAccounts.open(code, role, DataScope.UNIT_AND_SUBORDINATES))
        .orElseThrow();
  }

  private void overdue(long id, long unit, LocalDate month) {
    accountability.recordHistory(
        List.of(
            new Accountability.HistoricalEntry(
                id,
                unit,
                "迁检刑诉〔2024〕" + (-id) + "号",
                DocumentType.INDICTMENT,
                "钱守仁",
                month.minusDays(5),
                month.plusDays(4),
                "OPEN",
                null)));
  }

  private long publish(String code, long unit, LocalDate month) {
    long report = accountability.draftReport(unit, month);
    reports.decide(open(code, Role.CASE_MANAGEMENT), report, true, "已核对");
    reports.decide(open(code, Role.DEPUTY_CHIEF), report, true, "同意");
    return report;
  }

  @Test
  void aUnitMovedMidYearKeepsItsPublishedReports() {
    long province = directory.findByCode("140000").orElseThrow().id();
    long cityA = unit("149910", "甲市人民检察院", ProcuratorateLevel.MUNICIPAL, province);
    long cityB = unit("149920", "乙市人民检察院", ProcuratorateLevel.MUNICIPAL, province);
    long county = unit("149911", "迁移县人民检察院", ProcuratorateLevel.COUNTY, cityA);
    LocalDate jan = LocalDate.of(2024, 1, 1);
    LocalDate feb = jan.plusMonths(1);
    LocalDate mar = jan.plusMonths(2);
    overdue(-970_001L, county, jan);
    overdue(-970_002L, county, feb);
    overdue(-970_003L, county, mar);
    long janReport = publish("149910", cityA, jan);
    long febReport = publish("149910", cityA, feb);
    var febLines = rows.lines(febReport);
    var febNamed = rows.named(febReport);
    assertThat(febLines).anyMatch(l -> l.unitId() == county && l.due() == 1);

    // In March the county moves from city A to city B.
    ProcuratorateView c = directory.get(county);
    setup.replicate(
        List.of(
            new ProcuratorateView(
                c.id(),
                c.code(),
                c.name(),
                c.shortName(),
                c.level(),
                cityB,
                c.divisionCode(),
                c.address(),
                c.postalCode(),
                c.servicePhone())));
    long marReport = publish("149920", cityB, mar);

    // Live figures follow today's hierarchy: February's county figures now roll up into city B.
    assertThat(completion.lines(cityA, feb)).noneMatch(l -> l.unitId() == county);
    assertThat(completion.rolledUp(cityA, feb).due()).isZero();
    assertThat(completion.rolledUp(cityB, feb).due()).isEqualTo(1);

    // Published reports keep theirs: same lines, same names, still readable by the moved county.
    assertThat(rows.lines(febReport)).isEqualTo(febLines);
    assertThat(rows.named(febReport)).isEqualTo(febNamed);
    StaffIdentity countyStaff = open("149911", Role.CASE_MANAGEMENT);
    assertThat(reports.readable(countyStaff, febReport).id()).isEqualTo(febReport);
    assertThat(reports.visibleTo(countyStaff))
        .extracting(ReportRows.Report::id)
        .contains(janReport, febReport, marReport);
    long named = rows.named(febReport).get(0).id();
    assertThat(reports.dispute(countyStaff, named, "起诉书已于2月10日公开，系数据同步延迟")).isPositive();

    // The public quarter takes each month from the report of the unit it was under then.
    PublicStatistics.UnitQuarter q1 = publicStatistics.of(county, 2024, 1);
    assertThat(q1.monthsReported()).isEqualTo(3);
    assertThat(q1.due()).isEqualTo(3);
    assertThat(q1.overdue()).isEqualTo(3);

    // A person named in January and February under city A is a repeat name in city B's March.
    assertThat(rows.named(marReport))
        .singleElement()
        .satisfies(n -> assertThat(n.repeated()).isTrue());
  }
}
