package org.sunshine.platform.access;

import static java.util.stream.Collectors.toSet;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.CaseEventType;
import org.sunshine.platform.cases.CaseEventsImported;
import org.sunshine.platform.cases.CasePartyView;
import org.sunshine.platform.cases.CaseProgressed;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.EventView;
import org.sunshine.platform.cases.PartyDisclosure;
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

  /** The steps of the seven items a party or lawyer is told of (not, e.g., 认罪认罚: a fact). */
  private static final Set<CaseEventType> SEVEN_ITEMS =
      EnumSet.of(
          CaseEventType.ACCEPTED,
          CaseEventType.RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION,
          CaseEventType.RESUBMITTED,
          CaseEventType.DEADLINE_EXTENDED,
          CaseEventType.ARREST_APPROVED,
          CaseEventType.ARREST_REFUSED,
          CaseEventType.PROSECUTED,
          CaseEventType.NOT_PROSECUTED,
          CaseEventType.CONCLUDED);

  private final GrantRows rows;
  private final Cases cases;
  private final Applicants applicants;
  private final Notifications notifications;
  private final MessageSource messages;
  private final Clock clock;

  CaseProgressPush(
      GrantRows rows,
      Cases cases,
      Applicants applicants,
      Notifications notifications,
      MessageSource messages,
      Clock clock) {
    this.rows = rows;
    this.cases = cases;
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
      if (!SEVEN_ITEMS.contains(e.type())) {
        continue;
      }
      // One message per person and event: the first live grant of theirs the event touches, and
      // only where that party's record may be shown (a secret case or a withheld record says
      // nothing, not even that it moved).
      Map<Long, GrantRows.LiveGrant> grantOfApplicant = new LinkedHashMap<>();
      for (GrantRows.LiveGrant g : rows.liveGrantsOfCase(e.caseId(), clock.instant())) {
        // A grant applied for on the public node is told there, when the replica arrives.
        if (!g.remote()
            && (e.partyId() == null || e.partyId() == g.partyId())
            && cases.disclosure(e.caseId(), g.partyId()).disclosable()) {
          grantOfApplicant.putIfAbsent(g.applicantId(), g);
        }
      }
      grantOfApplicant.forEach((applicant, grant) -> tell(applicant, grant, e));
    }
  }

  /**
   * On the public node: a refreshed replica of a grant's record arrived; each step of the seven
   * items it adds is news for the grant's applicant here.
   */
  void replicaMoved(
      long applicantId,
      long grantId,
      long caseId,
      long partyId,
      PartyDisclosure before,
      PartyDisclosure after) {
    if (!after.disclosable() || after.timeline() == null) {
      return;
    }
    List<EventView> earlier = before.timeline() == null ? List.of() : before.timeline();
    Set<String> known =
        earlier.stream().map(ev -> ev.type() + "@" + ev.occurredOn()).collect(toSet());
    after.timeline().stream()
        .filter(ev -> SEVEN_ITEMS.contains(ev.type()))
        .filter(ev -> !known.contains(ev.type() + "@" + ev.occurredOn()))
        .forEach(
            ev ->
                tell(
                    applicantId,
                    new GrantRows.LiveGrant(grantId, applicantId, partyId, false),
                    new CaseProgressed(
                        caseId, after.caseNumber(), partyId, ev.type(), ev.occurredOn())));
  }

  private void tell(long applicantId, GrantRows.LiveGrant grant, CaseProgressed e) {
    Long unit =
        cases.parties(List.of(new CasePartyView.Key(e.caseId(), grant.partyId()))).values().stream()
            .map(CasePartyView::unitId)
            .filter(Objects::nonNull) // a public node's replicas name no unit
            .findFirst()
            .orElse(null);
    String label =
        messages.getMessage("event." + e.type(), null, e.type().name(), Locale.SIMPLIFIED_CHINESE);
    notifications.send(
        new Message(
            // The same step of the case on several parties' records is one piece of news.
            "progress:" + e.caseId() + ":" + e.type() + ":" + e.on(),
            ApplicantNotices.recipient(applicantId),
            // WeChat where the person bound an account, otherwise (or when refused) SMS.
            Set.of(MessageChannel.INBOX, MessageChannel.WECHAT),
            applicants.mobile(applicantId),
            null,
            "case-progressed",
            List.of(e.caseNumber(), label, e.on().toString()),
            "/access/grants/" + grant.grantId(),
            false,
            true,
            unit));
  }
}
