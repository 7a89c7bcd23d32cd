package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.notifications.InboxEntry;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;
import org.sunshine.platform.support.TestAccounts;

/** Reminders that climb, the monthly reply rates, and exports that never carry an identity. */
@PlatformTest
class PetitionFiguresTest {

  @Autowired Petitions petitions;
  @Autowired OverdueReminders reminders;
  @Autowired Notifications notifications;
  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;
  @Autowired TestAccounts testAccounts;
  @Autowired MockMvc mvc;
  @Autowired WorkingCalendar calendar;

  StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  /** A 控申 officer of its own at that unit: its inbox holds one test's digests only. */
  StaffIdentity officeOf(String unitCode) {
    return staff(testAccounts.open(unitCode, Role.PETITIONS_OFFICE, DataScope.OWN_UNIT));
  }

  NewPetition letter(long unit, boolean anonymous, LocalDate received) {
    return new NewPetition(
        unit,
        anonymous ? PetitionKind.REPORT : PetitionKind.ACCUSATION,
        PetitionChannel.LETTER,
        "来信",
        "控告某单位违法收费。",
        null,
        anonymous,
        false,
        anonymous ? null : "钱某某",
        anonymous ? null : "13912340000",
        null,
        null,
        anonymous ? "secret-11" : null,
        null,
        null,
        received,
        List.of());
  }

  long digestsNaming(String username, long id) {
    return notifications.inbox("staff:" + username, 50).stream()
        .map(InboxEntry::body)
        .filter(b -> b.contains("#" + id + "（"))
        .count();
  }

  @Test
  void anOverdueLetterRemindsThePetitionsOfficeHeadsAndAfterAWeekTheDeputyOnceADay() {
    StaffIdentity office = staff("kongshen");
    long unit = office.unitId();
    Receipt late = petitions.register(office, letter(unit, false, LocalDate.now().minusDays(20)));
    Receipt fresh = petitions.register(office, letter(unit, false, LocalDate.now()));
    LocalDate workday = calendar.onOrAfter(LocalDate.now());
    reminders.send(workday);
    reminders.send(workday);
    assertThat(digestsNaming("kongshen", late.id())).isEqualTo(1);
    assertThat(digestsNaming("depthead", late.id())).isEqualTo(1);
    assertThat(digestsNaming("deputy", late.id())).isEqualTo(1);
    assertThat(digestsNaming("casemgmt", late.id())).isZero();
    assertThat(digestsNaming("kongshen", fresh.id())).isZero();
  }

  @Test
  void noDigestIsSentOnARestDayAndTheNextWorkingDayCarriesTheLateMatter() {
    // An office of its own: its inbox holds this test's digests only, whatever day it runs on.
    StaffIdentity office = officeOf("140121");
    String officer = office.username();
    Receipt late =
        petitions.register(office, letter(office.unitId(), false, LocalDate.now().minusDays(30)));
    LocalDate restDay = LocalDate.now();
    while (calendar.isWorkingDay(restDay)) {
      restDay = restDay.plusDays(1);
    }
    assertThat(reminders.send(restDay)).isZero();
    assertThat(digestsNaming(officer, late.id())).isZero();
    reminders.send(calendar.onOrAfter(restDay));
    assertThat(digestsNaming(officer, late.id())).isEqualTo(1);
  }

  @Test
  void theMonthlyRatesCountTheClocksThatFellDueWithAndWithoutUnreachableReporters() {
    long yingze = directory.findByCode("140106").orElseThrow().id();
    StaffIdentity office = officeOf("140106");
    LocalDate longAgo = LocalDate.now().minusDays(40);
    Receipt answeredLate = petitions.register(office, letter(yingze, false, longAgo));
    petitions.register(office, letter(yingze, true, longAgo));
    petitions.accept(office, answeredLate.id());
    PetitionStatistics old = petitions.statistics(yingze, YearMonth.from(longAgo));
    assertThat(old.received()).isEqualTo(2);
    assertThat(old.byChannel()).containsEntry(PetitionChannel.LETTER, 2);
    assertThat(old.proceduralDue()).isEqualTo(2);
    assertThat(old.proceduralInTime()).isZero();
    assertThat(old.proceduralDueReachable()).isEqualTo(1);
    assertThat(old.overdue()).isEqualTo(1);
    assertThat(old.resultDue()).isZero();
    assertThat(old.resultRate()).isNull();

    LocalDate recent = LocalDate.now().minusDays(3);
    Receipt inTime = petitions.register(office, letter(yingze, false, recent));
    petitions.accept(office, inTime.id());
    PetitionStatistics now = petitions.statistics(yingze, YearMonth.from(recent));
    assertThat(now.proceduralRate()).isEqualTo(100.0);
  }

  @Test
  void aReopenedMatterStaysInTheMonthItWasReceivedAndItsNewRoundCountsInTheMonthOfTheAppeal() {
    long xinghualing = directory.findByCode("140107").orElseThrow().id();
    StaffIdentity office = officeOf("140107");
    LocalDate firstReceived = LocalDate.now().minusDays(75);
    Receipt r = petitions.register(office, letter(xinghualing, false, firstReceived));
    petitions.refer(office, r.id(), "太原市杏花岭区人民法院");
    YearMonth first = YearMonth.from(firstReceived);
    PetitionStatistics before = petitions.statistics(xinghualing, first);

    petitions.reopen(office, r.id(), "来信人不服，再次来信");

    PetitionStatistics after = petitions.statistics(xinghualing, first);
    assertThat(after.received()).isEqualTo(before.received()).isEqualTo(1);
    assertThat(after.proceduralDue()).isEqualTo(before.proceduralDue()).isEqualTo(1);
    assertThat(after.proceduralInTime()).isEqualTo(before.proceduralInTime()).isZero();
    assertThat(petitions.statistics(xinghualing, YearMonth.now()).received()).isEqualTo(1);
  }

  @Test
  void theExportAndTheStatisticsNeverCarryTheReporter() throws Exception {
    StaffIdentity office = staff("kongshen");
    Receipt r = petitions.register(office, letter(office.unitId(), false, LocalDate.now()));
    String csv =
        mvc.perform(get("/console/petitions/export.csv").session(StaffLogin.login(mvc, "kongshen")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv).contains(r.id() + ",").doesNotContain("钱某某").doesNotContain("13912340000");
    String json =
        mvc.perform(
                get("/api/v1/petitions/statistics")
                    .param("unit", String.valueOf(office.unitId()))
                    .with(
                        q -> {
                          q.setRemoteAddr("10.20.0.1");
                          return q;
                        }))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json).contains("\"received\"").doesNotContain("钱某某");
  }
}
