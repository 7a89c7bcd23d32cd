package org.sunshine.platform.lawyers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.notifications.InboxEntry;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** A decision's push gives the lawyer the office phone of the one who decided. */
@PlatformTest
class LawyerHandlerPhoneTest {

  private static final String PHONE = "0351-5557788-801";

  @Autowired MockMvc mvc;
  @Autowired Cases cases;
  @Autowired LawyerGrants grants;
  @Autowired LawyerServices services;
  @Autowired StaffAccounts accounts;
  @Autowired LawyerRequests requests;
  @Autowired Notifications notifications;
  private LawyerFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new LawyerFixtures(cases, grants, services, accounts);
  }

  private long file(long lawyer, long grant) {
    return requests.submit(
        lawyer,
        new LawyerRequests.NewRequest(
            grant, RequestType.MEASURE_CHANGE, "申请变更为取保候审", null, null, null, List.of()));
  }

  @Test
  void theDecisionReachesTheLawyerWithTheDecidersOfficePhoneAndABadPhoneIsNotSaved()
      throws Exception {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("午律师");
    long grant = fx.bind(lawyer, c, "张三");
    long id = file(lawyer, grant);
    MockHttpSession cm = StaffLogin.login(mvc, "casemgmt");

    mvc.perform(
            post("/console/lawyers/requests/" + id + "/decide")
                .session(cm)
                .with(csrf())
                .param("outcome", "GRANTED")
                .param("reasonText", "同意变更")
                .param("handlerPhone", "请打总机"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("请填写办公电话")));
    assertThat(requests.one(lawyer, id).status()).isEqualTo(RequestStatus.SUBMITTED);

    mvc.perform(
            post("/console/lawyers/requests/" + id + "/decide")
                .session(cm)
                .with(csrf())
                .param("outcome", "GRANTED")
                .param("reasonText", "同意变更")
                .param("handlerPhone", PHONE))
        .andExpect(status().is3xxRedirection());
    assertThat(requests.one(lawyer, id).status()).isEqualTo(RequestStatus.GRANTED);
    assertThat(notifications.inbox(LawyerNotices.recipient(lawyer), 10))
        .extracting(InboxEntry::body)
        .anySatisfy(b -> assertThat(b).contains(c).contains(PHONE));

    // The next decision form is filled with the phone given last.
    long next = file(lawyer, grant);
    mvc.perform(get("/console/lawyers/requests/" + next).session(cm))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("value=\"" + PHONE + "\"")));
  }
}
