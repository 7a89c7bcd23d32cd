package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.mock.web.MockHttpServletRequest;
import org.sunshine.platform.access.ApplicantSignIn;
import org.sunshine.platform.notifications.InboxEntry;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.transfer.TwoNodes;
import org.sunshine.platform.transfer.TwoNodesExtension;

/**
 * On a split deployment: filed on the public node, handled inside, the reply back outside — where
 * the petitioner is told and reads it, and where the anonymous reporter reads it with code and
 * password.
 */
@ExtendWith(TwoNodesExtension.class)
class TwoNodePetitionTest {

  /** The start of a PNG: what the intake's check by content accepts as an image. */
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0};

  static TwoNodes nodes;

  @BeforeAll
  static void start(TwoNodes pair) {
    nodes = pair;
    nodes.moveToPublic(true); // the directory, so a petitioner can name a unit
  }

  private static long signInOnPublic(String mobile) {
    ApplicantSignIn signIn = nodes.publicNode(ApplicantSignIn.class);
    signIn.sendCode(mobile);
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.getSession();
    signIn.signIn(mobile, OneTimeCodes.lastSentTo(nodes.publicDb(), mobile), request);
    return signIn.current(request.getSession()).orElseThrow();
  }

  private static StaffIdentity inside(String username) {
    return nodes.internal(StaffAccounts.class).identity(username).orElseThrow();
  }

  private static long insideId(String code) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToInternal();
              return count(
                      nodes
                          .internalDb()
                          .sql("select count(*) from petition where query_code = ?")
                          .param(code)
                          .query(Long.class)
                          .single())
                  > 0;
            });
    return nodes
        .internalDb()
        .sql("select id from petition where query_code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  private static long count(Long n) {
    return n == null ? 0 : n;
  }

  private static void stateBackOutside(String code, String state) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToPublic(false);
              return state.equals(
                  nodes
                      .publicDb()
                      .sql("select state from petition where query_code = ?")
                      .param(code)
                      .query(String.class)
                      .single());
            });
  }

  @Test
  void filedOutsideHandledInsideAndTheReplyReadOutside() {
    String mobile = "13722223333";
    long applicant = signInOnPublic(mobile);
    long xiaodian = nodes.publicNode(Directory.class).findByCode("140105").orElseThrow().id();
    NewPetition accusation =
        new NewPetition(
            xiaodian,
            PetitionKind.ACCUSATION,
            PetitionChannel.ONLINE,
            "控告违法扣押",
            "控告某派出所违法扣押本人车辆。",
            null,
            false,
            false,
            "赵建军",
            mobile,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(new NewPetition.Scan("扣押现场.png", "image/png", PNG)));
    Receipt filed = nodes.publicNode(PetitionIntake.class).take(accusation, applicant, "applicant");

    long id = insideId(filed.queryCode());
    PetitionQueries queries = nodes.internal(PetitionQueries.class);
    PetitionView inside = queries.view(inside("kongshen"), id);
    assertThat(inside.scans())
        .singleElement()
        .satisfies(s -> assertThat(s.size()).isEqualTo(PNG.length));
    assertThat(queries.petitioner(inside("kongshen"), id).orElseThrow().name()).isEqualTo("赵建军");

    nodes.internal(Petitions.class).accept(inside("kongshen"), id);
    // Inside, nobody is told: the petitioner is the public node's (applicant ids are per node, so
    // the matter's own link is what a message about it would carry).
    assertThat(
            nodes
                .internalDb()
                .sql(
                    "select count(*) from notification where link = ? and template like 'petition%'")
                .param("/petitions/mine/" + id)
                .query(Long.class)
                .single())
        .isZero();
    stateBackOutside(filed.queryCode(), "ACCEPTED");

    PetitionView outside =
        nodes.publicNode(PetitionQueries.class).ofApplicant(applicant, filed.id()).orElseThrow();
    assertThat(outside.replies())
        .singleElement()
        .satisfies(r -> assertThat(r.body()).contains("已由本院受理"));
    assertThat(outside.deadlines().get(0).metInTime()).isTrue();
    List<InboxEntry> inbox =
        nodes.publicNode(Notifications.class).inbox("applicant:" + applicant, 10);
    assertThat(inbox).anySatisfy(m -> assertThat(m.body()).contains("答复"));
    // Sent again, the same state adds nothing.
    nodes.internal(Petitions.class).hold(inside("kongshen"), id, true);
    nodes.moveToPublic(false);
    assertThat(
            nodes
                .publicNode(PetitionQueries.class)
                .ofApplicant(applicant, filed.id())
                .orElseThrow()
                .replies())
        .hasSize(1);
  }

  @Test
  void anAnonymousReportFiledOutsideIsReadOutsideWithCodeAndPasswordOnly() {
    long xiaodian = nodes.publicNode(Directory.class).findByCode("140105").orElseThrow().id();
    NewPetition report =
        new NewPetition(
            xiaodian,
            PetitionKind.REPORT,
            PetitionChannel.ONLINE,
            null,
            "举报某所长收受财物。",
            null,
            true,
            true,
            null,
            null,
            null,
            null,
            "secret-77",
            null,
            null,
            null,
            List.of());
    Receipt filed = nodes.publicNode(PetitionIntake.class).take(report, null, "anonymous");
    long id = insideId(filed.queryCode());
    nodes.internal(Petitions.class).accept(inside("kongshen"), id);
    stateBackOutside(filed.queryCode(), "ACCEPTED");
    PetitionQueries outside = nodes.publicNode(PetitionQueries.class);
    assertThat(outside.track(filed.queryCode(), "wrong-77")).isEmpty();
    assertThat(outside.track(filed.queryCode(), "secret-77").orElseThrow().replies())
        .singleElement()
        .satisfies(r -> assertThat(r.body()).contains("已由本院受理"));
  }

  @Test
  void aMatterFiledOutsideAndTransferredInsideIsFollowedOutsideToTheReceivingUnitsReply() {
    String mobile = "13722224444";
    long applicant = signInOnPublic(mobile);
    long xiaodian = nodes.publicNode(Directory.class).findByCode("140105").orElseThrow().id();
    long taiyuan = nodes.publicNode(Directory.class).findByCode("140100").orElseThrow().id();
    NewPetition accusation =
        new NewPetition(
            xiaodian,
            PetitionKind.ACCUSATION,
            PetitionChannel.ONLINE,
            "控告市局工作人员",
            "控告市某局工作人员违法查封本人店铺。",
            null,
            false,
            false,
            "钱学文",
            mobile,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of());
    Receipt filed = nodes.publicNode(PetitionIntake.class).take(accusation, applicant, "applicant");
    long id = insideId(filed.queryCode());
    nodes.internal(Petitions.class).transfer(inside("kongshen"), id, taiyuan);
    long taken = nodes.internal(PetitionQueries.class).view(inside("kongshen"), id).takenUpAsId();
    StaffIdentity taiyuanOffice =
        new StaffIdentity(
            990_002,
            "kongshen.taiyuan",
            "太原市院控申",
            taiyuan,
            null,
            Set.of(Role.PETITIONS_OFFICE),
            DataScope.OWN_UNIT,
            true);
    nodes.internal(Petitions.class).accept(taiyuanOffice, taken);
    // Inside, the receiving unit tells nobody either: the petitioner is the public node's.
    assertThat(
            nodes
                .internalDb()
                .sql("select count(*) from notification where link = ?")
                .param("/petitions/mine/" + taken)
                .query(Long.class)
                .single())
        .isZero();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToPublic(false);
              return nodes
                      .publicNode(PetitionQueries.class)
                      .ofApplicant(applicant, filed.id())
                      .orElseThrow()
                      .replies()
                      .size()
                  == 2;
            });
    PetitionView outside =
        nodes.publicNode(PetitionQueries.class).ofApplicant(applicant, filed.id()).orElseThrow();
    assertThat(outside.state()).isEqualTo(PetitionState.TRANSFERRED);
    assertThat(outside.replies().get(0).body()).contains("移送");
    assertThat(outside.replies().get(1).body()).contains("已由本院受理").contains("太原");
  }
}
