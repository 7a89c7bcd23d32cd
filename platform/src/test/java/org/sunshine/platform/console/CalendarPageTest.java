package org.sunshine.platform.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.cases.DayMark;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.cases.WorkingCalendars;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class CalendarPageTest {

  // A Tuesday in a year no other test computes deadlines in.
  private static final LocalDate DAY = LocalDate.of(2031, 5, 13);

  @Autowired MockMvc mvc;
  @Autowired WorkingCalendar calendar;
  @Autowired WorkingCalendars calendars;
  @Autowired StaffAccounts accounts;

  @AfterEach
  void clear() {
    calendars.mark(accounts.identity("admin").orElseThrow(), DAY, DayMark.CLEARED, "测试结束");
  }

  @Test
  void everyoneInTheConsoleSeesTheYearAsTwelveMonthTablesButOnlyTheProvinceEdits()
      throws Exception {
    String page =
        mvc.perform(get("/console/calendar").param("year", "2031").session(login(mvc, "handler")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("2031年工作日历")))
            .andExpect(content().string(containsString("<th scope=\"col\">")))
            .andExpect(content().string(containsString("calendar-readonly")))
            .andExpect(content().string(not(containsString("id=\"mark-form\""))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Assertions.assertThat(page.split("<caption", -1)).hasSize(13);
    mvc.perform(
            post("/console/calendar")
                .session(login(mvc, "admin.xiaodian"))
                .with(csrf())
                .param("day", DAY.toString())
                .param("mark", "HOLIDAY")
                .param("reason", "本院自定"))
        .andExpect(status().isForbidden());
    Assertions.assertThat(calendar.isWorkingDay(DAY)).isTrue();
  }

  @Test
  void aProvincialAdministratorMarksAHolidayOnThePageAndSeesItInTheChangeList() throws Exception {
    MockHttpSession admin = login(mvc, "admin");
    mvc.perform(get("/console").session(admin))
        .andExpect(content().string(containsString("href=\"/console/calendar\"")));
    mvc.perform(
            post("/console/calendar")
                .session(admin)
                .with(csrf())
                .param("day", DAY.toString())
                .param("mark", "HOLIDAY")
                .param("reason", "省院统一安排放假"))
        .andExpect(redirectedUrl("/console/calendar?year=2031"));
    Assertions.assertThat(calendar.isWorkingDay(DAY)).isFalse();
    mvc.perform(get("/console/calendar").param("year", "2031").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"mark-form\"")))
        .andExpect(
            content()
                .string(
                    matchesPattern(
                        "(?s).*class=\"cal-HOLIDAY\"\\s+title=\"[^\"]+\"\\s+data-day=\"2031-05-13\".*")))
        .andExpect(content().string(containsString("省院统一安排放假")));
  }

  @Test
  void aChangeWithoutAReasonIsRefusedAndTheFormKeepsTheDay() throws Exception {
    mvc.perform(
            post("/console/calendar")
                .session(login(mvc, "admin"))
                .with(csrf())
                .param("day", DAY.toString())
                .param("mark", "WORKDAY")
                .param("reason", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请填写原因")))
        .andExpect(content().string(containsString("value=\"2031-05-13\"")));
    Assertions.assertThat(calendars.marksIn(2031)).noneMatch(m -> m.day().equals(DAY));
  }
}
