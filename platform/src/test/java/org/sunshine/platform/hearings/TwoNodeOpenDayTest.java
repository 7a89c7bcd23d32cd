package org.sunshine.platform.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.mock.web.MockHttpServletRequest;
import org.sunshine.platform.access.ApplicantSignIn;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.notifications.InboxEntry;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.transfer.TwoNodes;
import org.sunshine.platform.transfer.TwoNodesExtension;

/**
 * 检察开放日 on a split deployment: an open day published inside is listed and booked outside; the
 * booking is a request the internal node, which counts every seat, confirms or refuses; the answer
 * and the open day's later changes come back to the visitor outside.
 */
@ExtendWith(TwoNodesExtension.class)
class TwoNodeOpenDayTest {

  private static final AtomicInteger MOBILES = new AtomicInteger();
  static TwoNodes nodes;

  @BeforeAll
  static void start(TwoNodes pair) {
    nodes = pair;
    nodes.moveToPublic(true); // the directory, so an open day can name its unit
  }

  private static String mobile() {
    return String.format("1390%07d", 2_000_000 + MOBILES.incrementAndGet());
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

  /** Schedules and publishes an open day inside; returns its internal id. */
  private static long publishedInside(String theme, int capacity) {
    LocalDateTime starts = LocalDateTime.now(nodes.internal(Clock.class)).plusDays(12).withNano(0);
    OpenDays openDays = nodes.internal(OpenDays.class);
    long id =
        openDays.schedule(
            inside("casemgmt"),
            new NewOpenDay(
                theme,
                starts,
                starts.plusHours(3),
                "小店区人民检察院一楼检察服务大厅",
                capacity,
                starts.minusHours(2)));
    openDays.publish(inside("casemgmt"), id);
    return id;
  }

  /** Moves packages one way until the query finds a row there. */
  private static long arrives(boolean inward, String sql, Object... params) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              if (inward) {
                nodes.moveToInternal();
              } else {
                nodes.moveToPublic(false);
              }
              return find(inward, sql, params).isPresent();
            });
    return find(inward, sql, params).orElseThrow();
  }

  private static Optional<Long> find(boolean inward, String sql, Object... params) {
    return (inward ? nodes.internalDb() : nodes.publicDb())
        .sql(sql)
        .params(List.of(params))
        .query(Long.class)
        .optional();
  }

  private static String stateOutside(long booking) {
    return nodes
        .publicDb()
        .sql("select state from open_day_booking where id = ?")
        .param(booking)
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

  @Test
  void anOpenDayPublishedInsideIsBookedOnThePublicNodeAndTheBookingReachesInside()
      throws Exception {
    long insideDay = publishedInside("走进检察·两节点开放日", 5);
    long outsideDay = arrives(false, "select id from open_day where origin_id = ?", insideDay);
    HttpResponse<String> list = getOutside("/open-days");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("走进检察·两节点开放日").contains("/open-days/" + outsideDay + "/book");

    long visitor = signInOnPublic(mobile());
    OpenDays outside = nodes.publicNode(OpenDays.class);
    long booking = outside.book(visitor, outsideDay, "韩立平", 2);
    assertThat(stateOutside(booking))
        .as("a request until the inside answers")
        .isEqualTo("REQUESTED");
    assertThat(outside.get(outsideDay).seatsTaken()).as("its seats held meanwhile").isEqualTo(2);
    assertThat(inbox(visitor)).anySatisfy(m -> assertThat(m).contains("申请已提交"));

    long inBooking = arrives(true, "select id from open_day_booking where origin_id = ?", booking);
    var there =
        nodes.internal(OpenDays.class).bookings(inside("casemgmt"), insideDay).stream()
            .filter(b -> b.id() == inBooking)
            .findFirst()
            .orElseThrow();
    assertThat(there.state()).isEqualTo("BOOKED");
    assertThat(there.visitorName()).isEqualTo("韩立平");
    assertThat(there.madeHere()).as("the public node's applicant is no one inside").isFalse();
    assertThat(nodes.internal(OpenDays.class).get(insideDay).seatsTaken()).isEqualTo(2);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToPublic(false);
              return stateOutside(booking).equals("BOOKED");
            });
    assertThat(inbox(visitor)).anySatisfy(m -> assertThat(m).contains("您已预约"));
    assertThat(outside.get(outsideDay).seatsTaken()).as("as counted inside").isEqualTo(2);

    nodes.internal(OpenDays.class).cancel(inside("casemgmt"), insideDay, "因场地维修改期举办");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToPublic(false);
              return outside.get(outsideDay).state().equals("CANCELLED");
            });
    assertThat(inbox(visitor))
        .as("the visitor is told on the node where they booked")
        .anySatisfy(m -> assertThat(m).contains("已取消").contains("因场地维修改期举办"));
    assertThat(getOutside("/open-days").body()).doesNotContain("走进检察·两节点开放日");
  }

  @Test
  void aPackageAppliedTwiceBooksNothingTwice() {
    long insideDay = publishedInside("检察开放日·重复的包", 4);
    long outsideDay = arrives(false, "select id from open_day where origin_id = ?", insideDay);
    long visitor = signInOnPublic(mobile());
    long booking = nodes.publicNode(OpenDays.class).book(visitor, outsideDay, "李秀梅", 3);

    OpenDayReplicas.BookingRequest request =
        nodes.publicNode(OpenDayReplicas.class).exportBooking(booking).orElseThrow();
    OpenDayReplicas inside = nodes.internal(OpenDayReplicas.class);
    inside.receiveBooking(request);
    inside.receiveBooking(request);
    arrives(true, "select id from open_day_booking where origin_id = ?", booking);
    nodes.moveToInternal(); // and the package carrying it, once more
    assertThat(
            nodes
                .internalDb()
                .sql("select count(*) from open_day_booking where origin_id = ?")
                .param(booking)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(nodes.internal(OpenDays.class).get(insideDay).seatsTaken()).isEqualTo(3);
    // A rebuilt public node numbers from 1 again: the same id with another key is another booking.
    inside.receiveBooking(
        new OpenDayReplicas.BookingRequest(
            booking,
            UUID.randomUUID(),
            insideDay,
            "另一位访客",
            "13900000001",
            1,
            "REQUESTED",
            request.requestedAt()));
    assertThat(nodes.internal(OpenDays.class).get(insideDay).seatsTaken()).isEqualTo(4);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToPublic(false);
              return stateOutside(booking).equals("BOOKED");
            });
    long answer =
        nodes
            .internalDb()
            .sql("select id from open_day_booking where origin_id = ? and visitor_name = '李秀梅'")
            .param(booking)
            .query(Long.class)
            .single();
    var replicas = nodes.publicNode(OpenDayReplicas.class);
    replicas.applyAnswer(nodes.internal(OpenDayReplicas.class).exportAnswer(answer).orElseThrow());
    assertThat(inbox(visitor).stream().filter(m -> m.contains("您已预约")))
        .as("the same answer again tells nobody twice")
        .hasSize(1);
  }

  @Test
  void aRequestThatNoLongerFitsIsRefusedInsideAndTheVisitorIsTold() {
    long insideDay = publishedInside("检察开放日·最后的名额", 3);
    long outsideDay = arrives(false, "select id from open_day where origin_id = ?", insideDay);
    // Two seats go inside (a booking there) before the public node hears of it.
    long neighbour = nodes.internal(LawyerGrants.class).applicantFor(mobile());
    nodes.internal(OpenDays.class).book(neighbour, insideDay, "赵建国", 2);

    long visitor = signInOnPublic(mobile());
    OpenDays outside = nodes.publicNode(OpenDays.class);
    long booking = outside.book(visitor, outsideDay, "孙丽", 2);
    assertThat(stateOutside(booking)).isEqualTo("REQUESTED");

    arrives(
        true, "select id from open_day_booking where origin_id = ? and state = 'REFUSED'", booking);
    assertThat(nodes.internal(OpenDays.class).get(insideDay).seatsTaken())
        .as("never more seats than the open day has")
        .isEqualTo(2);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToPublic(false);
              return stateOutside(booking).equals("REFUSED")
                  && outside.get(outsideDay).seatsTaken() == 2;
            });
    assertThat(inbox(visitor)).anySatisfy(m -> assertThat(m).contains("未能成功").contains("名额不足"));
    assertThat(outside.get(outsideDay).seatsLeft()).isEqualTo(1);
  }

  @Test
  void aVisitorWhoCancelsOutsideFreesTheSeatsInside() {
    long insideDay = publishedInside("检察开放日·取消预约", 6);
    long outsideDay = arrives(false, "select id from open_day where origin_id = ?", insideDay);
    long visitor = signInOnPublic(mobile());
    OpenDays outside = nodes.publicNode(OpenDays.class);
    long booking = outside.book(visitor, outsideDay, "蒋文", 3);
    arrives(
        true, "select id from open_day_booking where origin_id = ? and state = 'BOOKED'", booking);
    assertThat(nodes.internal(OpenDays.class).get(insideDay).seatsTaken()).isEqualTo(3);

    outside.cancelBooking(visitor, booking);
    arrives(
        true,
        "select id from open_day_booking where origin_id = ? and state = 'CANCELLED'",
        booking);
    assertThat(nodes.internal(OpenDays.class).get(insideDay).seatsTaken()).isZero();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToPublic(false);
              return outside.get(outsideDay).seatsTaken() == 0;
            });
    assertThat(stateOutside(booking)).isEqualTo("CANCELLED");
    assertThat(inbox(visitor).stream().filter(m -> m.contains("您已预约")))
        .as("an answer arriving after the visitor cancelled tells nothing")
        .isEmpty();
  }
}
