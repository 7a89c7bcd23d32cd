package org.sunshine.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** The province's inspector works an inspection in the console; a handler cannot open the pages. */
@PlatformTest
class InspectionPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Directory directory;
  @Autowired Clock clock;

  private String page(MockHttpSession s, String url) throws Exception {
    return mvc.perform(get(url).session(s))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theInspectorRecordsAnInspectionAndPrintsItsReport() throws Exception {
    MockHttpSession s = StaffLogin.login(mvc, "inspector");
    long datong = directory.findByCode("140200").orElseThrow().id();
    assertThat(page(s, "/console/statistics/inspections")).contains("id=\"open-inspection\"");

    String to =
        mvc.perform(
                post("/console/statistics/inspections")
                    .session(s)
                    .with(csrf())
                    .param("unit", String.valueOf(datong))
                    .param("year", String.valueOf(LocalDate.now(clock).getYear() - 1))
                    .param("half", "1"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(to).startsWith("/console/statistics/inspections/");
    String inspection = page(s, to);
    assertThat(inspection).contains("id=\"checklist\"", "id=\"require-correction\"");

    // A failed item without a note comes back with the field's message.
    mvc.perform(
            post(to + "/checks")
                .session(s)
                .with(csrf())
                .param("item", "ARCHIVE")
                .param("result", "FAIL"))
        .andExpect(status().is3xxRedirection())
        .andExpect(r -> assertThat(r.getFlashMap().get("error").toString()).contains("请说明情况"));
    mvc.perform(
            post(to + "/corrections")
                .session(s)
                .with(csrf())
                .param("unit", String.valueOf(datong))
                .param("requirement", "补齐第一季度立卷材料")
                .param("dueOn", LocalDate.now(clock).plusDays(20).toString()))
        .andExpect(status().is3xxRedirection());
    assertThat(page(s, to)).contains("补齐第一季度立卷材料");
    byte[] pdf =
        mvc.perform(get(to + ".pdf").session(s))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    String list = page(s, "/console/statistics/inspections");
    Matcher m = Pattern.compile("/console/statistics/corrections/(\\d+)").matcher(list);
    assertThat(m.find()).isTrue();
    assertThat(page(s, m.group())).contains("id=\"correction-log\"");
  }

  @Test
  void aHandlerCannotOpenTheInspections() throws Exception {
    MockHttpSession s = StaffLogin.login(mvc, "handler");
    mvc.perform(get("/console/statistics/inspections").session(s))
        .andExpect(status().isForbidden());
  }
}
