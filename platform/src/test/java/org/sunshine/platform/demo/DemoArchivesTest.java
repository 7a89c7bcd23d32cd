package org.sunshine.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.archives.Archives;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** The demo's archives: last quarter's packages, a draft and a published annual report. */
@PlatformTest
class DemoArchivesTest {

  @Autowired Archives archives;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired MockMvc mvc;

  @Test
  void theDemoHasLastQuartersPackagesAndThisYearsReports() throws Exception {
    DemoArchives demo = new DemoArchives(archives, directory, jdbc, clock, false, false);
    demo.loadOnce();
    demo.loadOnce();

    var casemgmt = StaffLogin.login(mvc, "casemgmt");
    String packages = page(mvc, "/console/archives", casemgmt);
    LocalDate last = LocalDate.now(clock).minusMonths(3);
    // 小店区's last quarter and this one so far (other tests may have added revisions).
    assertThat(packages.split("data-package=", -1).length - 1).isGreaterThanOrEqualTo(2);
    assertThat(packages)
        .contains(last.getYear() + "年第" + ((last.getMonthValue() - 1) / 3 + 1) + "季度");
    String annual = page(mvc, "/console/archives/annual", casemgmt);
    assertThat(annual).contains("草稿");
    String city = page(mvc, "/console/archives", StaffLogin.login(mvc, "casemgmt.province"));
    assertThat(city.split("data-package=", -1).length - 1).isGreaterThanOrEqualTo(4);
    String published =
        mvc.perform(get("/reports/annual"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(published).contains("太原市迎泽区人民检察院");
  }

  private static String page(MockMvc mvc, String url, MockHttpSession s) throws Exception {
    return mvc.perform(get(url).session(s))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
