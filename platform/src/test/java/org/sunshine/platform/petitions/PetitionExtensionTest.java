package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/**
 * 检务公开申请 (政府信息公开条例 第三十三条第二款): the +20 working days go through the approval chain; the clock extends
 * only on approval.
 */
@PlatformTest
class PetitionExtensionTest {

  @Autowired MockMvc mvc;
  @Autowired Petitions petitions;
  @Autowired PetitionQueries queries;
  @Autowired StaffAccounts accounts;
  @Autowired Approvals approvals;

  StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  long disclosureRequest() {
    Receipt r =
        petitions.register(
            staff("kongshen"),
            new NewPetition(
                staff("kongshen").unitId(),
                PetitionKind.DISCLOSURE_REQUEST,
                PetitionChannel.LETTER,
                "申请公开本院年度办案数据",
                "申请公开本院 2025 年度各类案件受理、办结数据。",
                null,
                false,
                false,
                "许文静",
                null,
                null,
                "太原市小店区",
                null,
                null,
                null,
                LocalDate.now().minusDays(10),
                List.of()));
    petitions.accept(staff("kongshen"), r.id());
    return r.id();
  }

  LocalDate disclosureDue(long id) {
    return queries.view(staff("kongshen"), id).deadlines().stream()
        .filter(d -> d.clock() == Deadline.Clock.DISCLOSURE)
        .findFirst()
        .orElseThrow()
        .due();
  }

  @Test
  void theDisclosureRequestsExtensionExtendsTheClockOnlyWhenTheChainApproves() throws Exception {
    long id = disclosureRequest();
    LocalDate due = disclosureDue(id);
    petitions.requestExtension(staff("kongshen"), id, "涉及多个部门数据汇总。");

    PetitionView asked = queries.view(staff("kongshen"), id);
    assertThat(asked.extended()).isFalse();
    assertThat(disclosureDue(id)).as("asking does not move the date").isEqualTo(due);
    assertThat(asked.replies()).extracting(PetitionRows.ReplyRow::kind).doesNotContain("EXTENDED");
    assertThat(approvals.pendingFor(PetitionExtensions.SUBJECT, id).orElseThrow().waitingFor())
        .isEqualTo(Role.DEPARTMENT_HEAD);
    // The approver opens the matter from 待办 and sees the decision form.
    String page =
        mvc.perform(get("/console/petitions/" + id).session(StaffLogin.login(mvc, "depthead")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("extension-decision");
    assertThatThrownBy(() -> petitions.requestExtension(staff("kongshen"), id, "再次申请"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> petitions.decideExtension(staff("handler"), id, true, null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> petitions.decideExtension(staff("kongshen"), id, true, null))
        .isInstanceOf(AccessDeniedException.class);

    petitions.decideExtension(staff("depthead"), id, true, "同意");
    PetitionView approved = queries.view(staff("kongshen"), id);
    assertThat(approved.extended()).isTrue();
    assertThat(disclosureDue(id)).isAfter(due.plusDays(20));
    assertThat(approved.replies())
        .filteredOn(r -> r.kind().equals("EXTENDED"))
        .singleElement()
        .satisfies(r -> assertThat(r.body()).contains("涉及多个部门数据汇总"));
  }

  @Test
  void aReturnedExtensionLeavesTheClockAndNeedsAReason() {
    long id = disclosureRequest();
    LocalDate due = disclosureDue(id);
    petitions.requestExtension(staff("kongshen"), id, "数据量大。");
    assertThatThrownBy(() -> petitions.decideExtension(staff("depthead"), id, false, " "))
        .isInstanceOf(IllegalArgumentException.class);
    petitions.decideExtension(staff("depthead"), id, false, "理由不充分，请按期答复。");
    PetitionView returned = queries.view(staff("kongshen"), id);
    assertThat(returned.extended()).isFalse();
    assertThat(disclosureDue(id)).isEqualTo(due);
    assertThat(returned.steps())
        .extracting(PetitionRows.StepRow::action)
        .contains("EXTENSION_RETURNED");
    assertThat(returned.replies())
        .extracting(PetitionRows.ReplyRow::kind)
        .doesNotContain("EXTENDED");
  }

  @Test
  void onlyADisclosureRequestMayAskForAnExtension() {
    Receipt r =
        petitions.register(
            staff("kongshen"),
            new NewPetition(
                staff("kongshen").unitId(),
                PetitionKind.ACCUSATION,
                PetitionChannel.VISIT,
                "控告",
                "控告某单位违法。",
                null,
                false,
                false,
                "许文静",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of()));
    assertThatThrownBy(() -> petitions.requestExtension(staff("kongshen"), r.id(), "理由"))
        .isInstanceOf(IllegalStateException.class);
  }
}
