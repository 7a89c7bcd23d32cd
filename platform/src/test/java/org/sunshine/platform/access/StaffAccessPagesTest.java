package org.sunshine.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class StaffAccessPagesTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  @Autowired MockMvc mvc;
  @Autowired Applicants applicants;
  @Autowired AccessApplications applications;
  @Autowired DemoSuggestion demo;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;

  @Test
  void staffPagesNeverUseTheApplicantsWording() throws IOException {
    try (Stream<Path> all = Files.walk(TEMPLATES)) {
      List<Path> staffPages =
          all.filter(p -> p.toString().endsWith(".html"))
              .filter(p -> read(p).contains("console-header"))
              .toList();
      assertThat(staffPages).isNotEmpty();
      assertThat(staffPages).allSatisfy(p -> assertThat(read(p)).doesNotContain("#{access.form."));
    }
  }

  @Test
  void caseManagementReadsAnApplicationInStaffWordsNotTheApplicants() throws Exception {
    var s = demo.get().orElseThrow();
    String mobile = "13855500001";
    applicants.sendCode(mobile);
    long me = applicants.signIn(mobile, OneTimeCodes.lastSentTo(jdbc, mobile)).orElseThrow();
    long id =
        applications.submit(
            me,
            new ApplicationForm(
                s.caseNumber(),
                s.partyName(),
                Relation.CLOSE_RELATIVE,
                "亲属甲",
                "140105199001011234",
                null,
                null,
                directory.findByCode("140105").orElseThrow().id()),
            Relation.CLOSE_RELATIVE.required().stream()
                .map(k -> new MaterialUpload(k, k + ".pdf", "application/pdf", "%PDF".getBytes()))
                .toList());
    MockHttpSession casemgmt = login(mvc, "casemgmt");
    for (String page : new String[] {"/console/access", "/console/access/applications/" + id}) {
      mvc.perform(get(page).session(casemgmt))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("申请人与当事人的关系")))
          .andExpect(content().string(not(containsString("您与当事人的关系"))))
          .andExpect(content().string(not(containsString("您户籍地"))));
    }
  }

  @Test
  void theSmsOutboxAndIndexMaintenanceAreInTheMenuOfTheRolesThatMayOpenThem() throws Exception {
    for (String allowed : new String[] {"casemgmt.province", "admin"}) {
      MockHttpSession session = login(mvc, allowed);
      mvc.perform(get("/console").session(session))
          .andExpect(content().string(containsString("href=\"/console/access/sms\"")))
          .andExpect(content().string(containsString("href=\"/console/search\"")));
      mvc.perform(get("/console/access/sms").session(session)).andExpect(status().isOk());
      mvc.perform(get("/console/search").session(session)).andExpect(status().isOk());
    }
    // The index serves every unit: a county's 案管 has the outbox of their unit, not the index.
    MockHttpSession county = login(mvc, "casemgmt");
    mvc.perform(get("/console").session(county))
        .andExpect(content().string(containsString("href=\"/console/access/sms\"")))
        .andExpect(content().string(not(containsString("href=\"/console/search\""))));
    mvc.perform(get("/console/search").session(county)).andExpect(status().isForbidden());
    mvc.perform(post("/console/search/rebuild").with(csrf()).session(login(mvc, "admin.xiaodian")))
        .andExpect(status().isForbidden());
    MockHttpSession handler = login(mvc, "handler");
    mvc.perform(get("/console").session(handler))
        .andExpect(content().string(not(containsString("href=\"/console/access/sms\""))))
        .andExpect(content().string(not(containsString("href=\"/console/search\""))));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
