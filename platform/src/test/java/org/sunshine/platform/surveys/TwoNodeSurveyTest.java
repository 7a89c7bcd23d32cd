package org.sunshine.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.sunshine.platform.surveys.SurveyFixtures.mobile;
import static org.sunshine.platform.surveys.SurveyFixtures.party;
import static org.sunshine.platform.surveys.SurveyFixtures.surveyDay;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.notifications.InboundSms;
import org.sunshine.platform.transfer.TwoNodes;
import org.sunshine.platform.transfer.TwoNodesExtension;

/**
 * The satisfaction survey on a split deployment: the SMS sent inside links to the public site,
 * whose form answers from the invitation's ballot (no case, no person, no number there); the answer
 * crosses inside, where it counts and opens the follow-up, and the invitation's state comes back.
 */
@ExtendWith(TwoNodesExtension.class)
class TwoNodeSurveyTest {

  static TwoNodes nodes;
  static SurveyFixtures inside;

  @BeforeAll
  static void start(TwoNodes pair) {
    nodes = pair;
    nodes.moveToPublic(true); // the directory, so a ballot can name its unit
    inside = new SurveyFixtures(nodes.internal(Cases.class), nodes.internalDb());
  }

  /** An adult defendant with this number, asked inside on a round of its own; returns the token. */
  private static String askedInside(String mobile) throws Exception {
    LocalDate day = surveyDay();
    inside.concluded(
        day.minusDays(5), party("T1", "DEFENDANT", day.minusYears(41), mobile, false, false));
    nodes.internal(SurveyRounds.class).hold(day);
    return inside.token(mobile);
  }

  private static long invitationInside(String mobile) {
    return nodes
        .internalDb()
        .sql("select id from survey_invitation where mobile = ?")
        .param(mobile)
        .query(Long.class)
        .single();
  }

  private static Optional<String> ballotStatusOutside(long invitation) {
    return nodes
        .publicDb()
        .sql("select status from survey_ballot where origin_id = ?")
        .param(invitation)
        .query(String.class)
        .optional();
  }

  private static Map<String, Object> invitationRow(long id) {
    return nodes
        .internalDb()
        .sql("select status, channel, s_ability from survey_invitation where id = ?")
        .param(id)
        .query()
        .singleRow();
  }

  private static void awaitOutside(long invitation, String status) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToPublic(false);
              return ballotStatusOutside(invitation).filter(status::equals).isPresent();
            });
  }

  private static HttpResponse<String> formOutside(String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + nodes.publicPort() + "/survey/" + token))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static Map<Dimension, Score> allButAbility(Score ability) {
    Map<Dimension, Score> scores = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      scores.put(d, d == Dimension.ABILITY ? ability : Score.SATISFIED);
    }
    return scores;
  }

  @Test
  void aSurveyAskedInsideIsAnsweredOnThePublicFormAndTheAnswerCountsInside() throws Exception {
    String m = mobile();
    String token = askedInside(m);
    assertThat(inside.sms(m, "survey").get(0))
        .as("the SMS links to the public site's form")
        .contains("/survey/" + token);
    long id = invitationInside(m);
    awaitOutside(id, "ASKED");
    assertThat(
            nodes
                .publicDb()
                .sql("select count(*) from survey_invitation")
                .query(Long.class)
                .single())
        .as("no invitation, case or number on the public node")
        .isZero();

    HttpResponse<String> form = formOutside(token);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("小店区人民检察院").contains("执法能力");

    nodes.publicNode(SurveyForms.class).answer(token, allButAbility(Score.DISSATISFIED));
    assertThat(formOutside(token).body())
        .as("answered once, at once, even before the answer is inside")
        .contains("您的评价已收到");
    assertThatThrownBy(
            () -> nodes.publicNode(SurveyForms.class).answer(token, allButAbility(Score.SATISFIED)))
        .isInstanceOf(IllegalStateException.class);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToInternal();
              return "ANSWERED".equals(invitationRow(id).get("status"));
            });
    assertThat(invitationRow(id)).containsEntry("channel", "WEB").containsEntry("s_ability", 3);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                nodes
                        .internalDb()
                        .sql("select count(*) from survey_follow_up where invitation_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                    == 1);
    awaitOutside(id, "ANSWERED");
    assertThat(
            nodes
                .publicDb()
                .sql("select s_ability from survey_ballot where origin_id = ?")
                .param(id)
                .query(Integer.class)
                .optional())
        .as("once taken inside, the answer is not kept on the internet-facing node")
        .isEmpty();
  }

  /** Waits until the public node has noted the answer, then carries it inside and applies it. */
  private static void answerCrossesInside(long invitation) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                nodes
                        .publicDb()
                        .sql(
                            "select count(*) from transfer_outbox where kind = 'survey-answer'"
                                + " and ref_id = ?")
                        .param(invitation)
                        .query(Long.class)
                        .single()
                    > 0);
    nodes.moveToInternal();
    assertThat(
            nodes
                .publicDb()
                .sql(
                    "select count(*) from transfer_outbox where kind = 'survey-answer'"
                        + " and ref_id = ? and packed_in is null")
                .param(invitation)
                .query(Long.class)
                .single())
        .as("the answer left in a package the internal node applied")
        .isZero();
  }

  @Test
  void anSmsAnswerThatReachedTheUnitFirstStandsAndALaterWebAnswerChangesNothing() throws Exception {
    String m = mobile();
    String token = askedInside(m);
    long id = invitationInside(m);
    awaitOutside(id, "ASKED");

    nodes.internal(InboundSms.class).received(m, "2 2 2 2", null);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> "ANSWERED".equals(invitationRow(id).get("status")));
    // The ballot outside has not heard yet: the form still takes an answer there.
    nodes.publicNode(SurveyForms.class).answer(token, allButAbility(Score.DISSATISFIED));
    answerCrossesInside(id);
    assertThat(invitationRow(id))
        .as("the SMS answer, first at the unit, stands")
        .containsEntry("channel", "SMS")
        .containsEntry("s_ability", 2);
    assertThat(
            nodes
                .internalDb()
                .sql("select count(*) from survey_follow_up where invitation_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
    awaitOutside(id, "ANSWERED");
  }

  @Test
  void aBallotSentAgainAsAskedDoesNotUndoAnAnswerGivenOutside() throws Exception {
    String m = mobile();
    String token = askedInside(m);
    long id = invitationInside(m);
    awaitOutside(id, "ASKED");
    nodes.publicNode(SurveyForms.class).answer(token, allButAbility(Score.SATISFIED));
    nodes.moveToPublic(true); // everything again: the invitation is still open inside
    assertThat(ballotStatusOutside(id)).contains("ANSWERED");
    assertThat(formOutside(token).body()).contains("您的评价已收到");
  }

  @Test
  void anOptOutInsideClosesThePublicForm() throws Exception {
    String m = mobile();
    String token = askedInside(m);
    long id = invitationInside(m);
    awaitOutside(id, "ASKED");
    nodes.internal(InboundSms.class).received(m, "TD", null);
    awaitOutside(id, "OPTED_OUT");
    assertThat(formOutside(token).body()).contains("您已退订满意度回访");
    assertThatThrownBy(
            () -> nodes.publicNode(SurveyForms.class).answer(token, allButAbility(Score.SATISFIED)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aLinkOpenedBeforeItsBallotArrivedSaysToTryLaterNotThatItIsWrong() throws Exception {
    String m = mobile();
    String token = askedInside(m);
    HttpResponse<String> early = formOutside(token);
    assertThat(early.statusCode()).isEqualTo(404);
    assertThat(early.body()).contains("data-reason=\"pending\"").contains("回复短信");
  }

  @Test
  void aBallotWithAnUnknownUnitOrAForgedHashIsRejected() {
    SurveyBallots ballots = nodes.publicNode(SurveyBallots.class);
    LocalDate by = LocalDate.now().plusDays(5);
    assertThatThrownBy(
            () -> ballots.applyBallot(new SurveyBallots.Ballot(-7, "x".repeat(64), 1, by, "ASKED")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tokenHash");
    assertThatThrownBy(
            () ->
                ballots.applyBallot(
                    new SurveyBallots.Ballot(-7, "a".repeat(64), 987_654_321L, by, "ASKED")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unitId");
    assertThat(
            nodes
                .publicDb()
                .sql("select count(*) from survey_ballot where origin_id = -7")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aPublicNodeDropsBallotsPastTheirDaysButKeepsAnAnswerNotYetTakenInside() {
    SurveyBallots ballots = nodes.publicNode(SurveyBallots.class);
    long unit =
        nodes.publicDb().sql("select min(id) from procuratorate").query(Long.class).single();
    LocalDate today = LocalDate.now();
    ballots.applyBallot(ballot(-31, unit, today.minusDays(31), "ASKED"));
    ballots.applyBallot(ballot(-32, unit, today.minusDays(31), "OPTED_OUT"));
    ballots.applyBallot(ballot(-33, unit, today.minusDays(29), "ASKED"));
    ballots.applyBallot(ballot(-34, unit, today.minusDays(60), "ASKED"));
    nodes
        .publicDb()
        .sql(
            "update survey_ballot set status = 'ANSWERED', s_procedure = 3, s_ability = 3,"
                + " s_civility = 3, s_integrity = 2, answered_at = now() where origin_id = -34")
        .update();

    ballots.purgeClosedBallots();

    assertThat(ballotStatusOutside(-31)).as("past its days and the margin").isEmpty();
    assertThat(ballotStatusOutside(-32)).as("opted out of, past its days").isEmpty();
    assertThat(ballotStatusOutside(-33)).as("within the margin").contains("ASKED");
    assertThat(ballotStatusOutside(-34))
        .as("its answer is still on its way in")
        .contains("ANSWERED");
  }

  private static SurveyBallots.Ballot ballot(long origin, long unit, LocalDate by, String status) {
    String hash = String.format("%064x", -origin);
    return new SurveyBallots.Ballot(origin, hash, unit, by, status);
  }
}
