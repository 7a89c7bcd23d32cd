package org.sunshine.platform.access;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.CaseEventsImported;
import org.sunshine.platform.cases.CaseProgressed;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;

/**
 * 信息主动推送 (seed 004): when a case moves, whoever holds a live grant to one of its parties is told in
 * their inbox and by SMS, with a link to the record. One message per event and person, however many
 * of the case's records the event touched; the message names no charge, fact or other person.
 */
@Component
class CaseProgressPush {

  private final AccessRows rows;
  private final Applicants applicants;
  private final Notifications notifications;
  private final MessageSource messages;
  private final Clock clock;

  CaseProgressPush(
      AccessRows rows,
      Applicants applicants,
      Notifications notifications,
      MessageSource messages,
      Clock clock) {
    this.rows = rows;
    this.applicants = applicants;
    this.notifications = notifications;
    this.messages = messages;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(CaseProgressed event) {
    push(List.of(event));
  }

  @ApplicationModuleListener
  void on(CaseEventsImported imported) {
    push(imported.events());
  }

  private void push(List<CaseProgressed> events) {
    for (CaseProgressed e : events) {
      // One message per person and event: the first live grant of theirs the event touches.
      Map<Long, Long> grantOfApplicant = new LinkedHashMap<>();
      for (AccessRows.LiveGrant g : rows.liveGrantsOfCase(e.caseId(), clock.instant())) {
        if (e.partyId() == null || e.partyId() == g.partyId()) {
          grantOfApplicant.putIfAbsent(g.applicantId(), g.grantId());
        }
      }
      grantOfApplicant.forEach((applicant, grant) -> tell(applicant, grant, e));
    }
  }

  private void tell(long applicantId, long grantId, CaseProgressed e) {
    String label =
        messages.getMessage("event." + e.type(), null, e.type().name(), Locale.SIMPLIFIED_CHINESE);
    notifications.send(
        new Message(
            "progress:" + e.caseId() + ":" + e.type() + ":" + e.on() + ":" + e.partyId(),
            ApplicantNotices.recipient(applicantId),
            Set.of(MessageChannel.INBOX, MessageChannel.SMS),
            applicants.mobile(applicantId),
            null,
            "case-progressed",
            List.of(e.caseNumber(), label, e.on().toString()),
            "/access/grants/" + grantId,
            false,
            true,
            null));
  }
}
