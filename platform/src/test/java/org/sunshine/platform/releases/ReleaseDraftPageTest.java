package org.sunshine.platform.releases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.sunshine.platform.support.StaffLogin.login;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class ReleaseDraftPageTest {

  @Autowired MockMvc mvc;

  @Test
  void aRefusedDraftShowsTheMessageWithoutAFieldNameAndKeepsTheTitleAndText() throws Exception {
    MockHttpSession handler = login(mvc, "handler");
    mvc.perform(
            post("/console/releases")
                .session(handler)
                .with(csrf())
                .param("category", "HOT_CASE")
                .param("title", "已输入的标题")
                .param("body", "已输入的正文，很长很长。")
                .param("caseNumber", "晋小检刑诉受[2026]99999号")
                .param("escalation", "UPPER"))
        .andExpect(redirectedUrl("/console/releases"));
    mvc.perform(get("/console/releases").session(handler))
        .andExpect(content().string(containsString("本院无此案号")))
        .andExpect(content().string(not(containsString("caseNumber:"))))
        .andExpect(content().string(containsString("value=\"已输入的标题\"")))
        .andExpect(content().string(containsString("已输入的正文，很长很长。</textarea>")))
        .andExpect(content().string(containsString("value=\"晋小检刑诉受[2026]99999号\"")))
        .andExpect(content().string(containsString("value=\"UPPER\" selected")));
  }
}
