package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.modulith.events.core.EventSerializer;
import org.sunshine.platform.access.ApplicantSignIn;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.transfer.TwoNodes;
import org.sunshine.platform.transfer.TwoNodesExtension;

/**
 * Receptions and 行贿犯罪档案查询 on a split deployment, the way petitions go: the reception days published
 * inside are booked outside, the visit is handled inside and its reply read outside; a check
 * requested outside is answered inside and its 告知函 verified outside.
 */
@ExtendWith(TwoNodesExtension.class)
class TwoNodeHallTest {

  static TwoNodes nodes;

  @BeforeAll
  static void start(TwoNodes pair) {
    nodes = pair;
    nodes.moveToPublic(true); // the directory, so a person can name a unit
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

  /** Moves packages one way until the query finds a row there. */
  private static long arrives(boolean inward, String sql, Object param) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              if (inward) {
                nodes.moveToInternal();
              } else {
                nodes.moveToPublic(false);
              }
              return find(inward, sql, param).isPresent();
            });
    return find(inward, sql, param).orElseThrow();
  }

  private static Optional<Long> find(boolean inward, String sql, Object param) {
    return (inward ? nodes.internalDb() : nodes.publicDb())
        .sql(sql)
        .param(param)
        .query(Long.class)
        .optional();
  }

  private static HttpResponse<String> getOutside(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + nodes.publicPort() + path))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aReceptionDayPublishedInsideIsBookedOutsideAndTheVisitIsHandledInside() throws Exception {
    long insideDay =
        nodes
            .internal(Petitions.class)
            .publishReceptionDay(
                inside("kongshen"),
                LocalDate.now().plusDays(5),
                LocalTime.of(9, 0),
                LocalTime.of(11, 0),
                "王守正检察长",
                3,
                true);
    long outsideDay = arrives(false, "select id from reception_day where origin_id = ?", insideDay);
    HttpResponse<String> list = getOutside("/receptions");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("王守正检察长");

    String mobile = "13722225555";
    long applicant = signInOnPublic(mobile);
    long xiaodian = nodes.publicNode(Directory.class).findByCode("140105").orElseThrow().id();
    NewPetition matter = visit(xiaodian, "韩立平");
    Receptions.Booking booking =
        nodes.publicNode(Receptions.class).book(applicant, mobile, outsideDay, matter);
    assertThat(booking.meetingLink()).isNotBlank();
    assertThat(booking.requested()).as("a seat asked of the inside").isTrue();

    long inside =
        arrives(true, "select id from petition where query_code = ?", booking.queryCode());
    assertThat(
            nodes
                .internalDb()
                .sql(
                    "select reception_day_id from reception_booking where petition_id = ? and meeting_link = ?")
                .params(inside, booking.meetingLink())
                .query(Long.class)
                .single())
        .as("booked on the day published inside")
        .isEqualTo(insideDay);
    PetitionView visit = nodes.internal(PetitionQueries.class).view(inside("kongshen"), inside);
    assertThat(visit.channel()).isEqualTo(PetitionChannel.RECEPTION);
    assertThat(nodes.internal(Receptions.class).day(insideDay).booked()).isEqualTo(1);
    arrives(
        false,
        "select id from reception_booking where petition_id = ? and status = 'BOOKED'",
        booking.petitionId());
    assertThat(nodes.publicNode(Notifications.class).inbox("applicant:" + applicant, 10))
        .as("told the seat is theirs, with the link, on the node where they booked")
        .anySatisfy(e -> assertThat(e.body()).contains("您已预约").contains(booking.meetingLink()));
    assertThat(nodes.publicNode(Receptions.class).day(outsideDay).booked())
        .as("the seat taken inside, counted once")
        .isEqualTo(1);

    nodes.internal(Petitions.class).accept(inside("kongshen"), inside);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToPublic(false);
              return nodes
                  .publicNode(PetitionQueries.class)
                  .ofApplicant(applicant, booking.petitionId())
                  .orElseThrow()
                  .state()
                  .equals(PetitionState.ACCEPTED);
            });
    assertThat(
            nodes
                .publicNode(PetitionQueries.class)
                .ofApplicant(applicant, booking.petitionId())
                .orElseThrow()
                .replies())
        .singleElement()
        .satisfies(r -> assertThat(r.body()).contains("已由本院受理"));
  }

  @Test
  void theLastReceptionSeatTakenInsideFirstIsNotGivenAgainOutsideAndThePersonIsTold()
      throws Exception {
    LocalDate on = LocalDate.now().plusDays(6);
    long insideDay =
        nodes
            .internal(Petitions.class)
            .publishReceptionDay(
                inside("kongshen"),
                on,
                LocalTime.of(14, 0),
                LocalTime.of(15, 0),
                "李正检察长",
                1,
                false);
    long outsideDay = arrives(false, "select id from reception_day where origin_id = ?", insideDay);
    long xiaodian = nodes.internal(Directory.class).findByCode("140105").orElseThrow().id();
    // The last seat goes inside (or to another public node) while this public node still shows it.
    nodes.internal(Receptions.class).book(9301, "13722227001", insideDay, visit(xiaodian, "曹文"));
    String mobile = "13722227002";
    long applicant = signInOnPublic(mobile);
    Receptions.Booking late =
        nodes
            .publicNode(Receptions.class)
            .book(applicant, mobile, outsideDay, visit(xiaodian, "樊玉珍"));

    long matter = arrives(true, "select id from petition where query_code = ?", late.queryCode());
    assertThat(
            nodes
                .internalDb()
                .sql("select status from reception_booking where petition_id = ?")
                .param(matter)
                .query(String.class)
                .single())
        .as("no seat is given twice")
        .isEqualTo("FULL");
    assertThat(nodes.internal(Receptions.class).day(insideDay).booked()).isEqualTo(1);
    assertThat(nodes.internal(ReceptionSeats.class).of(inside("kongshen"), insideDay))
        .as("the office sees who holds the seat and whom it answers in writing")
        .extracting(ReceptionSeats.Seat::name, ReceptionSeats.Seat::seated)
        .containsExactly(tuple("曹文", true), tuple("樊玉珍", false));
    arrives(
        false,
        "select id from reception_booking where petition_id = ? and status = 'FULL'",
        late.petitionId());
    assertThat(nodes.publicNode(Notifications.class).inbox("applicant:" + applicant, 10))
        .as("told on the node where they booked; the matter stays registered")
        .anySatisfy(e -> assertThat(e.body()).contains("约满").contains("已登记"));
    assertThat(nodes.publicNode(Receptions.class).day(outsideDay).full())
        .as("the public node now counts the seat taken inside")
        .isTrue();
  }

  /**
   * V63 gives every existing booking status BOOKED and every listed day taken = null; the public
   * node's count of a listed day is taken + REQUESTED, so a day that was full before the upgrade
   * (its one seat booked on this public node) is shown with a free seat after it.
   */
  @Test
  void aListedDayFullBeforeTheUpgradeIsStillFullOnThePublicNodeAfterIt() {
    long insideDay =
        nodes
            .internal(Petitions.class)
            .publishReceptionDay(
                inside("kongshen"),
                LocalDate.now().plusDays(8),
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                "周明检察长",
                1,
                false);
    long outsideDay = arrives(false, "select id from reception_day where origin_id = ?", insideDay);
    String mobile = "13722228101";
    long applicant = signInOnPublic(mobile);
    long xiaodian = nodes.publicNode(Directory.class).findByCode("140105").orElseThrow().id();
    Receptions.Booking b =
        nodes
            .publicNode(Receptions.class)
            .book(applicant, mobile, outsideDay, visit(xiaodian, "郑华"));
    // The rows exactly as V63 leaves a booking made before it: status defaulted, taken null.
    nodes
        .publicDb()
        .sql("update reception_booking set status = 'BOOKED' where petition_id = ?")
        .param(b.petitionId())
        .update();
    nodes
        .publicDb()
        .sql("update reception_day set taken = null where id = ?")
        .param(outsideDay)
        .update();

    assertThat(nodes.publicNode(Receptions.class).day(outsideDay).booked())
        .as("the seat booked here before the upgrade is still counted")
        .isEqualTo(1);
  }

  /**
   * republish-outstanding-events-on-restart is on: a ReceptionBooked stored before this version
   * ({"bookingId":n}) is read again at the first start after the upgrade.
   */
  @Test
  void aReceptionBookedStoredBeforeTheUpgradeIsReadAgainAfterIt() {
    Object e =
        nodes
            .publicNode(EventSerializer.class)
            .deserialize("{\"bookingId\":5}", ReceptionBooked.class);
    assertThat(e).isInstanceOf(ReceptionBooked.class);
  }

  /**
   * A public node restored from a backup taken before the inside's answer arrived: its booking is
   * REQUESTED again. The internal node resends "everything" (TransferExport.everyItem) for such a
   * node, which holds the days but no reception answer, and the same booking sent again is not
   * answered again (HallReplicas.receiveBooking publishes only on the first insert).
   */
  @Test
  void aPublicNodeRestoredFromBackupStillLearnsItsBookingsAnswer() {
    long insideDay =
        nodes
            .internal(Petitions.class)
            .publishReceptionDay(
                inside("kongshen"),
                LocalDate.now().plusDays(9),
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                "孙立检察长",
                2,
                false);
    long outsideDay = arrives(false, "select id from reception_day where origin_id = ?", insideDay);
    String mobile = "13722228102";
    long applicant = signInOnPublic(mobile);
    long xiaodian = nodes.publicNode(Directory.class).findByCode("140105").orElseThrow().id();
    Receptions.Booking b =
        nodes
            .publicNode(Receptions.class)
            .book(applicant, mobile, outsideDay, visit(xiaodian, "钱芳"));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              nodes.moveToInternal();
              nodes.moveToPublic(false);
              return "BOOKED"
                  .equals(
                      nodes
                          .publicDb()
                          .sql("select status from reception_booking where petition_id = ?")
                          .param(b.petitionId())
                          .query(String.class)
                          .single());
            });
    // The backup: the booking as it was before the answer came.
    nodes
        .publicDb()
        .sql("update reception_booking set status = 'REQUESTED' where petition_id = ?")
        .param(b.petitionId())
        .update();
    for (int i = 0; i < 3; i++) {
      nodes.moveToPublic(true);
      nodes.moveToInternal();
    }
    assertThat(nodes.publicNode(Receptions.class).day(outsideDay).booked())
        .as("the one seat taken is counted once")
        .isEqualTo(1);
    assertThat(
            nodes
                .publicDb()
                .sql("select status from reception_booking where petition_id = ?")
                .param(b.petitionId())
                .query(String.class)
                .single())
        .as("the person learns the answer again")
        .isEqualTo("BOOKED");
  }

  private static NewPetition visit(long unit, String name) {
    return new NewPetition(
        unit,
        PetitionKind.CRIMINAL_PETITION,
        PetitionChannel.RECEPTION,
        "不服不起诉决定申诉",
        "对不起诉决定不服，请求院领导接访。",
        null,
        false,
        false,
        name,
        "13722227000",
        null,
        null,
        null,
        null,
        null,
        null,
        List.of());
  }

  @Test
  void aBriberyCheckRequestedOutsideIsAnsweredInsideAndItsLetterVerifiedOutside() throws Exception {
    long applicant = signInOnPublic("13722226666");
    long xiaodian = nodes.publicNode(Directory.class).findByCode("140105").orElseThrow().id();
    long outside =
        nodes
            .publicNode(BriberyChecks.class)
            .request(applicant, xiaodian, "山西晋阳建设有限公司", "山西晋阳建设有限公司、郭建平", "参加政府采购投标");
    long inside = arrives(true, "select id from bribery_check where origin_id = ?", outside);
    nodes.internal(BriberyChecks.class).answer(inside("kongshen"), inside, false, null);

    long answered =
        arrives(false, "select id from bribery_check where id = ? and state = 'ANSWERED'", outside);
    BriberyRecordCheck there = nodes.publicNode(BriberyChecks.class).find(answered).orElseThrow();
    String code = nodes.internal(BriberyChecks.class).find(inside).orElseThrow().verificationCode;
    assertThat(there.verificationCode).isEqualTo(code);
    assertThat(there.found).isFalse();
    assertThat(nodes.publicNode(Notifications.class).inbox("applicant:" + applicant, 10))
        .as("the applicant is told on the node where they asked")
        .anySatisfy(e -> assertThat(e.body()).contains("已答复"));
    HttpResponse<String> verified = getOutside("/bribery-checks/verify?code=" + code);
    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(verified.body()).contains("郭建平");
    // The same answer sent again changes nothing outside; the request is not sent back inside.
    nodes.moveToPublic(false);
    nodes.moveToInternal();
    assertThat(
            nodes
                .internalDb()
                .sql("select count(*) from bribery_check where origin_id = ?")
                .param(outside)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
