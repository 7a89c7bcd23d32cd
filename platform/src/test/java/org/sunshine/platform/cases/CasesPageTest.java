package org.sunshine.platform.cases;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class CasesPageTest {

  @Autowired MockMvc mvc;
  @Autowired Cases cases;
  @Autowired StaffAccounts accounts;

  @Test
  void theCaseListTheCasePageAndTheImportPageRenderForCaseManagement() throws Exception {
    MockHttpSession session = login(mvc, "casemgmt");
    mvc.perform(get("/console/cases").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("办案期限")));
    long id = cases.visibleTo(accounts.identity("casemgmt").orElseThrow(), null, false).get(0).id();
    mvc.perform(get("/console/cases/" + id).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("办案进程")));
    mvc.perform(get("/console/cases/import").session(session)).andExpect(status().isOk());
    mvc.perform(get("/console/access").session(session)).andExpect(status().isOk());
    mvc.perform(get("/console/access/lookup").session(session)).andExpect(status().isOk());
    mvc.perform(get("/console").session(session))
        .andExpect(content().string(containsString("task-inbox")))
        // The test configuration sets no public holidays: the dashboard says so.
        .andExpect(content().string(containsString("no-holidays")));
  }

  @Test
  void anotherCountysCaseIsA404() throws Exception {
    long other =
        cases.visibleTo(accounts.identity("casemgmt.province").orElseThrow(), null, false).stream()
            .filter(c -> !c.unitName().contains("小店区"))
            .findFirst()
            .orElseThrow()
            .id();
    mvc.perform(get("/console/cases/" + other).session(login(mvc, "casemgmt")))
        .andExpect(status().isNotFound());
  }

  @Test
  void caseSearchFindsANumberTypedWithSquareOrRoundBrackets() throws Exception {
    String number =
        cases
            .visibleTo(accounts.identity("casemgmt").orElseThrow(), null, false)
            .get(0)
            .caseNumber();
    MockHttpSession session = login(mvc, "casemgmt");
    for (String typed :
        new String[] {
          number.replace('〔', '[').replace('〕', ']'),
          number.replace('〔', '(').replace('〕', ')'),
          number.replace('〔', '（').replace('〕', '）')
        }) {
      mvc.perform(get("/console/cases").param("q", typed).session(session))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(number)));
    }
  }
}
