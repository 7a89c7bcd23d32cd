package org.sunshine.platform.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.mock.web.MockHttpServletRequest;
import org.sunshine.platform.access.ApplicantSignIn;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.infrastructure.ReplayableClock;
import org.sunshine.platform.notifications.InboxEntry;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.transfer.TwoNodes;
import org.sunshine.platform.transfer.TwoNodesExtension;

/**
 * Public hearings on a split deployment: announced inside, listed outside in public wording with
 * their outcome later; an application to observe made outside is admitted or refused inside within
 * the seats, and the applicant is told outside.
 */
@ExtendWith(TwoNodesExtension.class)
class TwoNodeHearingTest {

  private static final AtomicInteger MOBILES = new AtomicInteger();
  static TwoNodes nodes;

  @BeforeAll
  static void start(TwoNodes pair) {
    nodes = pair;
    nodes.moveToPublic(true);
  }

  private static String mobile() {
    return String.format("1390%07d", 4_000_000 + MOBILES.incrementAndGet());
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

  private static String observerState(long id) {
    return nodes
        .publicDb()
        .sql("select state from hearing_observer where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private static List<String> inbox(long applicant) {
    return nodes.publicNode(Notifications.class).inbox("applicant:" + applicant, 20).stream()
        .map(InboxEntry::body)
        .toList();
  }

  private static HttpResponse<String> getOutside(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + nodes.publicPort() + path))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static void untilOutside(Callable<Boolean> done) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToPublic(false);
              return done.call();
            });
  }

  /** Waits until the public node lists the hearing announced inside; its id there. */
  private static long listedOutside(long insideId) {
    long[] there = new long[1];
    untilOutside(
        () -> {
          there[0] =
              nodes
                  .publicDb()
                  .sql("select id from public_hearing where origin_id = ?")
                  .param(insideId)
                  .query(Long.class)
                  .optional()
                  .orElse(0L);
          return there[0] > 0;
        });
    return there[0];
  }

  @Test
  void aHearingAnnouncedInsideIsListedOnThePublicNodeWithItsOutcome() throws Exception {
    long caseId = nodes.internal(DocumentFixtures.class).anOpenCase("郑伟东");
    String caseNumber = nodes.internal(Cases.class).record(caseId).caseNumber();
    LocalDateTime starts = LocalDate.now(nodes.internal(Clock.class)).plusDays(9).atTime(9, 30);
    Hearings hearings = nodes.internal(Hearings.class);
    long insideId =
        hearings.schedule(
            inside("handler"),
            new NewHearing(
                caseNumber,
                HearingKind.HEARING,
                "不起诉案件两节点公开听证",
                starts,
                "小店区人民检察院听证室",
                true,
                2,
                0));
    hearings.announce(inside("handler"), insideId);

    long there = listedOutside(insideId);
    HttpResponse<String> page = getOutside("/hearings/" + there);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("不起诉案件两节点公开听证")
        .doesNotContain("郑伟东")
        .doesNotContain(caseNumber);
    assertThat(getOutside("/hearings").body()).contains("不起诉案件两节点公开听证");
    assertThat(
            nodes
                .publicDb()
                .sql("select count(*) from public_hearing where id = ? and case_id is null")
                .param(there)
                .query(Long.class)
                .single())
        .as("the case stays inside")
        .isEqualTo(1);

    // Both seats go inside before the public node hears of it; an application made outside
    // meanwhile is taken as a request, and the inside, which counts every seat, refuses it.
    LawyerGrants insideApplicants = nodes.internal(LawyerGrants.class);
    hearings.observe(insideApplicants.applicantFor(mobile()), insideId, "周建华");
    hearings.observe(insideApplicants.applicantFor(mobile()), insideId, "钱玉芬");
    Hearings outside = nodes.publicNode(Hearings.class);
    long late = signInOnPublic(mobile());
    long lateId = outside.observe(late, there, "陈刚");
    assertThat(observerState(lateId)).isEqualTo("REQUESTED");
    assertThat(inbox(late)).anySatisfy(m -> assertThat(m).contains("已提交"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToInternal();
              return nodes
                      .internalDb()
                      .sql("select count(*) from hearing_observer where origin_id = ?")
                      .param(lateId)
                      .query(Long.class)
                      .single()
                  == 1;
            });
    assertThat(
            nodes
                .internalDb()
                .sql(
                    "select count(*) from hearing_observer where hearing_id = ? and state = 'ADMITTED'")
                .param(insideId)
                .query(Long.class)
                .single())
        .as("never more observers than seats")
        .isEqualTo(2);
    untilOutside(
        () ->
            observerState(lateId).equals("REFUSED") && outside.publicView(there).observers() == 2);
    assertThat(inbox(late)).anySatisfy(m -> assertThat(m).contains("未能登记").contains("已满"));
    assertThat(getOutside("/hearings/" + there).body())
        .as("no observer's name goes out")
        .doesNotContain("周建华")
        .doesNotContain("钱玉芬");

    ReplayableClock.asOf(
        starts.plusHours(2).atZone(nodes.internal(Clock.class).getZone()).toInstant(),
        () -> hearings.recordOutcome(inside("handler"), insideId, "经公开听证，本院决定维持原不起诉决定。"));
    untilOutside(() -> outside.publicView(there).state().equals("HELD"));
    assertThat(getOutside("/hearings/" + there).body())
        .contains("经公开听证，本院决定维持原不起诉决定。")
        .contains("已举行");
  }

  /**
   * A case found secret inside after its hearing was announced: the public node drops the hearing
   * from its list and page, and a visitor admitted there is told it is off.
   */
  @Test
  void aHearingWithdrawnInsideLeavesThePublicNode() throws Exception {
    Hearings hearings = nodes.internal(Hearings.class);
    long caseId = nodes.internal(DocumentFixtures.class).anOpenCase("贺云帆");
    String caseNumber = nodes.internal(Cases.class).record(caseId).caseNumber();
    long insideId =
        hearings.schedule(
            inside("handler"),
            new NewHearing(
                caseNumber,
                HearingKind.HEARING,
                "拟不起诉案件公开听证（撤回测试）",
                LocalDate.now(nodes.internal(Clock.class)).plusDays(10).atTime(9, 0),
                "小店区人民检察院听证室",
                true,
                3,
                0));
    hearings.announce(inside("handler"), insideId);
    long[] there = {listedOutside(insideId)};
    long visitor = signInOnPublic(mobile());
    long applied = nodes.publicNode(Hearings.class).observe(visitor, there[0], "常乐");
    untilOutside(
        () -> {
          nodes.moveToInternal();
          return observerState(applied).equals("ADMITTED");
        });

    nodes.internal(DocumentFixtures.class).markSecret(caseId);

    untilOutside(
        () ->
            "WITHDRAWN"
                .equals(
                    nodes
                        .publicDb()
                        .sql("select state from public_hearing where id = ?")
                        .param(there[0])
                        .query(String.class)
                        .single()));
    assertThat(getOutside("/hearings/" + there[0]).statusCode()).isEqualTo(404);
    assertThat(getOutside("/hearings").body()).doesNotContain("撤回测试");
    assertThat(inbox(visitor)).anySatisfy(m -> assertThat(m).contains("依法不再公开举行"));
  }

  @Test
  void anApplicationToObserveAppliedTwiceAdmitsOnce() throws Exception {
    Hearings hearings = nodes.internal(Hearings.class);
    long caseId = nodes.internal(DocumentFixtures.class).anOpenCase("冯晓光");
    long insideId =
        hearings.schedule(
            inside("handler"),
            new NewHearing(
                nodes.internal(Cases.class).record(caseId).caseNumber(),
                HearingKind.REPLY,
                "刑事申诉案件公开答复",
                LocalDate.now(nodes.internal(Clock.class)).plusDays(8).atTime(14, 0),
                "小店区人民检察院听证室",
                true,
                3,
                0));
    hearings.announce(inside("handler"), insideId);
    long[] there = {listedOutside(insideId)};
    long visitor = signInOnPublic(mobile());
    long applied = nodes.publicNode(Hearings.class).observe(visitor, there[0], "卫兰");
    var request = nodes.publicNode(HearingReplicas.class).exportObserver(applied).orElseThrow();
    nodes.internal(HearingReplicas.class).receiveObserver(request);
    nodes.internal(HearingReplicas.class).receiveObserver(request);
    nodes.moveToInternal();
    assertThat(
            nodes
                .internalDb()
                .sql("select count(*) from hearing_observer where origin_id = ?")
                .param(applied)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    untilOutside(() -> observerState(applied).equals("ADMITTED"));
    nodes
        .publicNode(HearingReplicas.class)
        .applyAnswer(
            nodes
                .internal(HearingReplicas.class)
                .exportAnswer(
                    nodes
                        .internalDb()
                        .sql("select id from hearing_observer where origin_id = ?")
                        .param(applied)
                        .query(Long.class)
                        .single())
                .orElseThrow());
    assertThat(inbox(visitor).stream().filter(m -> m.contains("已登记")))
        .as("admitted, and told once")
        .hasSize(1);
  }
}
