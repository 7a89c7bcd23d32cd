package org.sunshine.platform.archives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** Packages are made on the first working day of the next quarter, and on demand with progress. */
@PlatformTest
class ArchiveScheduleTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Autowired ArchiveJobs jobs;
  @Autowired ArchiveRows rows;
  @Autowired Directory directory;
  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;

  private ArchiveSchedule on(LocalDate day, WorkingCalendar calendar) {
    Clock clock = Clock.fixed(day.atTime(7, 0).atZone(CHINA).toInstant(), CHINA);
    return new ArchiveSchedule(jobs, rows, directory, calendar, clock);
  }

  private int packagesOf(Quarter q) {
    return (int)
        rows.ofUnits(directory.all().stream().map(u -> u.id()).toList(), 10_000).stream()
            .filter(p -> p.period().equals(q))
            .count();
  }

  @Test
  void theLastQuarterIsPackedOnTheFirstWorkingDayOfTheNext() {
    // 1–7 October 2026 are the National Day holidays: the 8th is the quarter's first working day.
    WorkingCalendar calendar =
        WorkingCalendar.of(
            LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8)).toList(), List.of());
    Quarter q3 = new Quarter(2026, 3);
    on(LocalDate.of(2026, 10, 7), calendar).daily();
    assertThat(packagesOf(q3)).isZero();

    on(LocalDate.of(2026, 10, 8), calendar).daily();
    assertThat(packagesOf(q3)).isEqualTo(directory.all().size());
    directory.all().forEach(u -> assertThat(rows.hasComplete(u.id(), q3)).isTrue());

    // A second run (a restart, another instance) adds nothing.
    on(LocalDate.of(2026, 10, 8), calendar).daily();
    on(LocalDate.of(2026, 10, 9), calendar).daily();
    assertThat(packagesOf(q3)).isEqualTo(directory.all().size());
  }

  @Test
  void aQuarterWhoseFirstWorkingDayWasMissedIsPackedAtTheNextRun() {
    // The platform was down on Thursday 2 January 2025 (1 January a holiday): Friday's run packs.
    WorkingCalendar calendar = WorkingCalendar.of(List.of(LocalDate.of(2025, 1, 1)), List.of());
    Quarter q4 = new Quarter(2024, 4);
    assertThat(packagesOf(q4)).isZero();
    on(LocalDate.of(2025, 1, 3), calendar).daily();
    assertThat(packagesOf(q4)).isEqualTo(directory.all().size());
  }

  @Test
  void aPackageAskedForInTheConsoleShowsItsProgress() throws Exception {
    MockHttpSession s = StaffLogin.login(mvc, "casemgmt");
    long unit = directory.findByCode("140105").orElseThrow().id();
    Quarter q = Quarter.of(LocalDate.now(CHINA)).previous();
    String job =
        mvc.perform(
                post("/console/archives/packages")
                    .session(s)
                    .with(csrf())
                    .param("unit", String.valueOf(unit))
                    .param("year", String.valueOf(q.year()))
                    .param("quarter", String.valueOf(q.quarter())))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(job).startsWith("/console/archives/jobs/");
    assertThat(page(s, job)).contains("id=\"progress\"").contains("<progress");
    String progress = "";
    for (int i = 0; i < 120 && !progress.contains("id=\"download\""); i++) {
      Thread.sleep(500);
      progress = page(s, job + "/progress");
    }
    assertThat(progress).contains("id=\"download\"").doesNotContain("hx-trigger");
    assertThat(audit.countByActor("casemgmt", "GENERATE_ARCHIVE_PACKAGE")).isPositive();

    // The province's 案管 finds it among the packages of the units below.
    MockHttpSession other = StaffLogin.login(mvc, "casemgmt.province");
    assertThat(page(other, "/console/archives")).contains("/console/archives/packages/");
  }

  private String page(MockHttpSession s, String url) throws Exception {
    return mvc.perform(get(url).session(s))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
