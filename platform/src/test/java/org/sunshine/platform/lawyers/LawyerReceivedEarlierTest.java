package org.sunshine.platform.lawyers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

/**
 * A request that reached the unit on an earlier day runs its clock from that day (how the demo
 * shows 超期 and 临期), and 案管's queue puts the late ones first.
 */
@PlatformTest
class LawyerReceivedEarlierTest {

  @Autowired Cases cases;
  @Autowired LawyerGrants grants;
  @Autowired LawyerServices services;
  @Autowired StaffAccounts accounts;
  @Autowired LawyerRequests requests;
  @Autowired StaffDesk desk;
  @Autowired WorkingCalendar calendar;
  @Autowired Clock clock;
  private LawyerFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new LawyerFixtures(cases, grants, services, accounts);
  }

  private LocalDate workingDaysBefore(LocalDate day, int n) {
    LocalDate d = day;
    for (int counted = 0; counted < n; ) {
      d = d.minusDays(1);
      if (calendar.isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  @Test
  void lateAndNearRequestsReceivedEarlierLeadTheCaseManagementQueue() {
    LocalDate today = LocalDate.now(clock);
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("戌律师");
    long grant = fx.bind(lawyer, c, "张三");
    long normal = services.file(lawyer, grant, "EVIDENCE_COLLECTION", "申请调取监控录像", null, null, null);
    LocalDate near = workingDaysBefore(calendar.plusWorkingDays(today, 1), 3);
    long nearId = services.fileReceivedOn(lawyer, grant, "DEFENCE_OPINION", "提交辩护意见", null, near);
    LocalDate dueLongAgo = workingDaysBefore(today, 2);
    LocalDate late = workingDaysBefore(dueLongAgo, 7);
    long lateId =
        services.fileReceivedOn(lawyer, grant, "EVIDENCE_COLLECTION", "申请调取病历", null, late);

    RequestView lateView = requests.one(lawyer, lateId);
    assertThat(lateView.dueOn()).isEqualTo(dueLongAgo);
    assertThat(lateView.dueBasis()).startsWith(late + " 提交");
    assertThat(lateView.urgency()).isEqualTo("OVERDUE");
    assertThat(requests.one(lawyer, nearId).dueOn()).isEqualTo(calendar.plusWorkingDays(today, 1));
    assertThat(requests.one(lawyer, nearId).urgency()).isEqualTo("NEAR");
    assertThat(requests.one(lawyer, normal).urgency()).isEqualTo("NORMAL");

    List<RequestView> queue = desk.queue(fx.staff("casemgmt"));
    List<Long> mine =
        queue.stream()
            .map(RequestView::id)
            .filter(Set.of(normal, nearId, lateId)::contains)
            .toList();
    assertThat(mine).containsExactly(lateId, nearId, normal);
    assertThat(queue.get(0).urgency()).isEqualTo("OVERDUE");
    // Every late request of the queue before every near one, every near one before the rest.
    List<String> urgencies = queue.stream().map(RequestView::urgency).toList();
    assertThat(urgencies.lastIndexOf("OVERDUE")).isLessThan(urgencies.indexOf("NEAR"));
    assertThat(urgencies.lastIndexOf("NEAR")).isLessThan(urgencies.indexOf("NORMAL"));
  }

  @Test
  void aBookingOrADayStillToComeCannotBeEnteredAsReceivedEarlier() {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("亥律师");
    long grant = fx.bind(lawyer, c, "张三");
    LocalDate today = LocalDate.now(clock);
    assertThatThrownBy(
            () ->
                services.fileReceivedOn(lawyer, grant, "MEETING", "申请会见", "本周内", today.plusDays(1)))
        .hasMessageStartingWith("receivedOn:");
    assertThatThrownBy(
            () ->
                services.fileReceivedOn(
                    lawyer, grant, "FILE_REVIEW", "阅卷", null, today.minusDays(3)))
        .hasMessageStartingWith("receivedOn:");
    assertThat(requests.mine(lawyer)).isEmpty();
  }
}
