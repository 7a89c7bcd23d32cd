package org.sunshine.platform.transfer;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.support.PlatformTest;

/** The channel's console page on a combined node: who may open it, and what it says there. */
@PlatformTest
class TransferConsoleTest {

  @Autowired MockMvc mvc;

  @Test
  void onlyAdministratorsAndProvincialCaseManagementOperateTheChannel() throws Exception {
    mvc.perform(get("/console/transfer").session(login(mvc, "casemgmt")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/console/transfer/export").with(csrf()).session(login(mvc, "handler")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/console/transfer/export").with(csrf()).session(login(mvc, "admin.xiaodian")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/console/transfer").session(login(mvc, "casemgmt.province")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("合并部署")));
  }

  @Test
  void aCombinedNodeRefusesToPackAndSaysWhy() throws Exception {
    mvc.perform(post("/console/transfer/export").with(csrf()).session(login(mvc, "admin")))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", containsString("合并部署")));
  }
}
