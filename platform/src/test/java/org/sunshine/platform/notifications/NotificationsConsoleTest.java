package org.sunshine.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.support.PlatformTest;

/** Who sees what of the delivery record: by role and unit, never a login code. */
@PlatformTest
class NotificationsConsoleTest {

  @Autowired MockMvc mvc;
  @Autowired Notifications notifications;
  @Autowired JdbcClient jdbc;

  private String page(String user) throws Exception {
    MockHttpSession s = login(mvc, user);
    return mvc.perform(get("/console/notifications").session(s))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private void loginCode(String mobile, String code) {
    notifications.send(
        new Message(
            "code-" + UUID.randomUUID(),
            "mobile:" + mobile,
            Set.of(MessageChannel.SMS),
            mobile,
            null,
            "login-code",
            List.of(code, 5),
            null,
            true,
            false,
            null));
  }

  @Test
  void aHandlerWithoutTheRoleCannotOpenTheDeliveryRecord() throws Exception {
    MockHttpSession s = login(mvc, "handler");
    mvc.perform(get("/console/notifications").session(s)).andExpect(status().isForbidden());
  }

  @Test
  void aCountyOperatorNeverSeesLoginCodesNorMessagesOfNoUnit() throws Exception {
    loginCode("13566667788", "731942");
    String html = page("casemgmt");
    assertThat(html).doesNotContain("731942").doesNotContain("135****7788");
  }

  @Test
  void theProvincesAdministratorSeesThatACodeWentButNeitherTheCodeNorTheWholeNumber()
      throws Exception {
    loginCode("13566669911", "582716");
    String html = page("admin");
    assertThat(html).contains("135****9911").doesNotContain("582716").doesNotContain("13566669911");
  }

  @Test
  void aMessageRefusedForAnInvalidAddressCannotBeSentAgainFromTheConsole() throws Exception {
    String who = "test:" + UUID.randomUUID();
    notifications.send(
        new Message(
            "bad",
            who,
            Set.of(MessageChannel.SMS),
            "12345",
            null,
            "application.APPROVED",
            List.of(),
            null,
            false,
            false,
            null));
    long id =
        jdbc.sql("select id from notification where recipient = ?")
            .param(who)
            .query(Long.class)
            .single();
    MockHttpSession s = login(mvc, "admin");
    mvc.perform(
            post("/console/notifications/" + id + "/retry")
                .session(s)
                .with(SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void aStaffMemberSeesTheirOwnRemindersAndNobodyElses() throws Exception {
    notifications.send(
        new Message(
            "own-" + UUID.randomUUID(),
            "staff:handler",
            Set.of(MessageChannel.INBOX),
            null,
            null,
            "due-reminders",
            List.of(1, "晋小检刑诉〔2026〕提醒测试号"),
            null,
            false,
            false,
            null));
    String mine =
        mvc.perform(get("/console/messages").session(login(mvc, "handler")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String theirs =
        mvc.perform(get("/console/messages").session(login(mvc, "depthead")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(mine).contains("提醒测试号");
    assertThat(theirs).doesNotContain("提醒测试号");
  }
}
