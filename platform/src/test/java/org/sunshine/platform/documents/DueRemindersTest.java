package org.sunshine.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.platform.notifications.InboxEntry;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.support.PlatformTest;

/** Reminders that climb, as a digest a day in each person's 我的提醒. */
@PlatformTest
class DueRemindersTest {

  @Autowired DocumentFixtures fx;
  @Autowired DueReminders reminders;
  @Autowired Notifications notifications;

  private long digestsNaming(String username, String number) {
    return notifications.inbox("staff:" + username, 50).stream()
        .map(InboxEntry::body)
        .filter(b -> b.contains(number))
        .count();
  }

  @Test
  void aDocumentLongOverdueRemindsItsHandlerDepartmentHeadAndDeputyChiefOnceADay()
      throws Exception {
    // Judged 20 days ago, due ten days later: more than five working days late now.
    long id = fx.anIndictment(fx.aCaseWith("盗窃罪", "张伟强:DEFENDANT", "李秀兰:VICTIM"));
    String number = fx.numberOf(id);
    reminders.send();
    reminders.send();
    assertThat(digestsNaming("handler", number)).isEqualTo(1);
    assertThat(digestsNaming("depthead", number)).isEqualTo(1);
    assertThat(digestsNaming("deputy", number)).isEqualTo(1);
    assertThat(digestsNaming("casemgmt", number)).isZero();
  }

  @Test
  void aDocumentNotYetCloseToItsDueDateRemindsNobody() throws Exception {
    // Judged two days ago: due in eight days.
    long id = fx.anIndictment(fx.aCase(true, false));
    String number = fx.numberOf(id);
    reminders.send();
    assertThat(digestsNaming("handler", number)).isZero();
  }
}
