package org.sunshine.platform.lawyers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.infrastructure.ReplayableClock;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

/** The pause of a supplement is kept in the unit its period counts in. */
@PlatformTest
class SupplementPauseTest {

  @Autowired Cases cases;
  @Autowired LawyerGrants grants;
  @Autowired LawyerServices services;
  @Autowired StaffAccounts accounts;
  @Autowired LawyerRequests requests;
  @Autowired RequestRows rows;
  @Autowired DueDateRecount recount;
  @Autowired Clock clock;
  private LawyerFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new LawyerFixtures(cases, grants, services, accounts);
  }

  /**
   * 刑事诉讼规则 第四十九条: three working days. A week-long supplement pause (five working days) moves the
   * due date on supply; the daily recount (OverdueReminders.runDaily) with an unchanged calendar
   * must not move it again.
   */
  @Test
  void aSupplementPauseOfWorkingDaysIsNotCountedAgainAsMoreWorkingDays() {
    long lawyer = fx.verifiedLawyer("审律师");
    long grant = fx.bind(lawyer, fx.newCase(), "张三");
    long id =
        requests.submit(
            lawyer,
            new LawyerRequests.NewRequest(
                grant, RequestType.ONLINE_FILE_REVIEW, "网上阅卷", null, null, null, List.of()));
    LawyerRequest r = rows.request(id).orElseThrow();
    r.askForSupplement("请补充委托书", LocalDate.now(clock));
    rows.save(r);
    ReplayableClock.asOf(
        clock.instant().plus(Duration.ofDays(7)),
        () -> requests.supply(lawyer, id, "已补充委托书", List.of()));
    LawyerRequest supplied = rows.request(id).orElseThrow();
    LocalDate dueOnSupply = supplied.dueOn;

    boolean moved = recount.recount(supplied);

    assertThat(rows.request(id).orElseThrow().dueOn)
        .as("due %s on supply (paused %s days stored)", dueOnSupply, supplied.pausedDays)
        .isEqualTo(dueOnSupply);
    assertThat(moved).isFalse();
  }
}
