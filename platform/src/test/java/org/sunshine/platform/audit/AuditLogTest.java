package org.sunshine.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class AuditLogTest {

  // Ids no demo case or party has, so only this test's entries are about them.
  private static final long CASE = 990_001;
  private static final long PARTY = 990_002;

  @Autowired AuditLog audit;

  private void entry(String action, String subjectType, long subjectId, Channel channel) {
    audit.record("tester", null, action, subjectType, String.valueOf(subjectId), null, channel);
  }

  @Test
  void theViewsOfAPartyAreTheLooksAtItsRecordAndTheOpeningsOfItsCaseNewestFirst() {
    entry(AuditLog.QUERY_CASE_STATUS, AuditLog.CASE_PARTY, PARTY, Channel.KIOSK);
    entry(AuditLog.VIEW_CASE, AuditLog.CASE, CASE, Channel.CONSOLE);
    entry("RECORD_CASE_EVENT", AuditLog.CASE, CASE, Channel.CONSOLE);
    entry(AuditLog.QUERY_CASE_STATUS, AuditLog.CASE_PARTY, PARTY + 10, Channel.WEB);
    entry(AuditLog.VIEW_CASE, AuditLog.CASE, CASE + 10, Channel.CONSOLE);
    entry(AuditLog.QUERY_CASE_STATUS, AuditLog.CASE_PARTY, PARTY, Channel.WINDOW);

    assertThat(audit.viewsOfParty(CASE, PARTY))
        .extracting(AuditRecord::channel)
        .as("not the event recorded on the case, nor another party's or case's looks")
        .containsExactly(Channel.WINDOW, Channel.CONSOLE, Channel.KIOSK);
  }
}
