package org.sunshine.platform.console;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.sunshine.platform.support.StaffLogin.login;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.support.PlatformTest;

/** Issue 15: the console menu is grouped, and each group and link shows only to its roles. */
@PlatformTest
class ConsoleMenuTest {

  @Autowired MockMvc mvc;

  @Test
  void aHandlerSeesTheCaseAndServiceGroupsButNoSystemOrOversightGroup() throws Exception {
    mvc.perform(get("/console").session(login(mvc, "handler")))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"nav-group-cases\""),
                        containsString("id=\"nav-group-services\""),
                        containsString("href=\"/console/documents\""),
                        not(containsString("id=\"nav-group-system\"")),
                        not(containsString("id=\"nav-group-oversight\"")),
                        not(containsString("href=\"/console/accounts\"")),
                        not(containsString("href=\"/console/audit\"")))));
  }

  @Test
  void anAdministratorFindsAccountsCalendarAndAuditInTheirGroups() throws Exception {
    mvc.perform(get("/console").session(login(mvc, "admin.taiyuan")))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"nav-group-system\""),
                        containsString("href=\"/console/accounts\""),
                        containsString("href=\"/console/calendar\""),
                        containsString("href=\"/console/audit\""),
                        not(containsString("href=\"/console/lawyers\"")))));
  }
}
