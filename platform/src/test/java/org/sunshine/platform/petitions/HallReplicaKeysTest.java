package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

/**
 * A reception booking or a bribery check crossing nodes is known by the key made where it was made,
 * never by that node's id: a public node rebuilt from backup, or a second one, numbers from 1
 * again. Both ends of the crossing run here on one node, through the facade the transfer calls.
 */
@PlatformTest
class HallReplicaKeysTest {

  private static final AtomicInteger CODES = new AtomicInteger();

  @Autowired HallReplicas hall;
  @Autowired BriberyChecks checks;
  @Autowired Receptions receptions;
  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;
  @Autowired LawyerGrants applicants;
  @Autowired JdbcClient db;
  @Autowired Clock clock;

  long unit() {
    return directory.findByCode("140105").orElseThrow().id();
  }

  HallReplicas.BriberyRequest requestFromOutside(long publicId, UUID key, String names) {
    LocalDate today = LocalDate.now(clock);
    return new HallReplicas.BriberyRequest(
        publicId, key, unit(), 41, "山西某建设有限公司", names, "工程招投标", today, today.plusDays(10));
  }

  long count(String sql, Object... params) {
    return db.sql(sql).params(params).query(Long.class).single();
  }

  @Test
  void checksFromTwoPublicNodesWithTheSameIdAreTwoChecksInsideAndEachArrivesOnce() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    hall.receiveBriberyRequest(requestFromOutside(880_001, first, "山西某建设有限公司、赵某"));
    hall.receiveBriberyRequest(requestFromOutside(880_001, second, "山西某建设有限公司、钱某"));
    hall.receiveBriberyRequest(requestFromOutside(880_001, first, "山西某建设有限公司、赵某"));

    assertThat(count("select count(*) from bribery_check where origin_id = ?", 880_001))
        .isEqualTo(2);
    assertThat(
            db.sql("select names from bribery_check where origin_key = ?")
                .param(second)
                .query(String.class)
                .single())
        .contains("钱某");
    assertThatThrownBy(() -> hall.receiveBriberyRequest(requestFromOutside(880_002, null, "某")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("originKey:");
  }

  @Test
  void anAnswerLandsOnTheCheckWithItsKeyNeverOnAnotherWithTheSameId() {
    long mine =
        checks.request(applicants.applicantFor("13900088001"), unit(), "甲公司", "甲公司、孙某", "投标");
    long other =
        checks.request(applicants.applicantFor("13900088002"), unit(), "乙公司", "乙公司、李某", "投标");
    UUID mineKey =
        db.sql("select public_key from bribery_check where id = ?")
            .param(mine)
            .query(UUID.class)
            .single();
    LocalDate today = LocalDate.now(clock);

    // An answer for a check of this node's earlier life: its id is now another's, its key nobody's.
    hall.applyBriberyAnswer(
        new HallReplicas.BriberyAnswer(
            other, UUID.randomUUID(), true, "乙公司李某有行贿犯罪记录", "XH0000000001", today));
    assertThat(checks.find(other).orElseThrow().state)
        .isEqualTo(BriberyRecordCheck.State.REQUESTED);

    // This check's answer, sent with another check's id, lands on this one.
    hall.applyBriberyAnswer(
        new HallReplicas.BriberyAnswer(other, mineKey, false, null, "XH0000000002", today));
    assertThat(checks.find(mine).orElseThrow().state).isEqualTo(BriberyRecordCheck.State.ANSWERED);
    assertThat(checks.find(other).orElseThrow().state)
        .isEqualTo(BriberyRecordCheck.State.REQUESTED);
  }

  @Test
  void bookingsFromTwoPublicNodesWithTheSameIdsAreTwoBookingsOfTheDay() {
    long day =
        receptions.publish(
            accounts.identity("kongshen").orElseThrow(),
            LocalDate.now(clock).plusDays(6),
            LocalTime.of(14, 0),
            LocalTime.of(16, 0),
            "李明德副检察长",
            4,
            false);
    // Same public id, same public applicant id (each node's own numbers), different people.
    hall.receiveBooking(bookingFromOutside(day, UUID.randomUUID(), "周建国", code()));
    UUID key = UUID.randomUUID();
    String code = code();
    hall.receiveBooking(bookingFromOutside(day, key, "吴秀兰", code));
    hall.receiveBooking(bookingFromOutside(day, key, "吴秀兰", code));

    assertThat(
            count(
                "select count(*) from reception_booking where reception_day_id = ? and origin_id = ?",
                day,
                770_001))
        .isEqualTo(2);
  }

  private static String code() {
    return String.format("XF9%09d", CODES.incrementAndGet());
  }

  private HallReplicas.Booking bookingFromOutside(long day, UUID key, String name, String code) {
    PetitionReplica matter =
        new PetitionReplica(
            code,
            unit(),
            PetitionKind.CRIMINAL_PETITION.name(),
            "请求检察长接访",
            "对不起诉决定不服，请求当面反映。",
            null,
            null,
            false,
            false,
            null,
            LocalDate.now(clock),
            name,
            "13900077001",
            null,
            null,
            List.of(),
            null,
            PetitionChannel.RECEPTION.name());
    return new HallReplicas.Booking(770_001, key, day, 51, false, null, matter);
  }
}
