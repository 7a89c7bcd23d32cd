package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** The console names officers as people know them, and says each step in words. */
@PlatformTest
class OfficerNamesTest {

  @Autowired MockMvc mvc;
  @Autowired Petitions petitions;
  @Autowired StaffAccounts accounts;

  @Test
  void theConsoleNamesTheOfficerHoldingAMatterByDisplayNameAndTheStepInWords() throws Exception {
    StaffIdentity kongshen = accounts.identity("kongshen").orElseThrow();
    Receipt r =
        petitions.register(
            kongshen,
            new NewPetition(
                kongshen.unitId(),
                PetitionKind.ACCUSATION,
                PetitionChannel.VISIT,
                "控告某所违法收费",
                "控告某所违法收取保证金。",
                null,
                false,
                false,
                "邱海燕",
                null,
                null,
                null,
                null,
                null,
                null,
                LocalDate.now(),
                List.of()));
    petitions.hold(kongshen, r.id(), true);
    MockHttpSession session = StaffLogin.login(mvc, "kongshen");
    String list =
        mvc.perform(get("/console/petitions").param("queue", "ALL").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).contains("<td>" + kongshen.displayName() + "</td>");
    assertThat(list).doesNotContain("<td>kongshen</td>");
    String detail =
        mvc.perform(get("/console/petitions/" + r.id()).session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(detail).contains("正由 " + kongshen.displayName() + " 办理").contains("登记");
    assertThat(detail).doesNotContain(" REGISTER ");
  }
}
