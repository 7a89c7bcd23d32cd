package org.sunshine.platform.cases;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;

/**
 * 受理后短信告知诉讼权利义务 (seed 003): once a case is accepted for 审查逮捕 or 审查起诉, each party whose mobile
 * number the case record carries is told, once, that the procuratorate has the case and what rights
 * and duties they have, with its service phone. The text names no charge, no fact and nobody else;
 * it is queued with the acceptance, so a rolled-back import tells nobody.
 */
@Component
class RightsNotices {

  /** The case types whose acceptance the law asks to be told (刑事诉讼法 第三十四条、第四十六条). */
  private static final Set<CaseType> TOLD =
      EnumSet.of(CaseType.ARREST_REVIEW, CaseType.PROSECUTION_REVIEW);

  private final CaseRows rows;
  private final Directory directory;
  private final Notifications notifications;
  private final MessageSource messages;
  private final Clock clock;

  RightsNotices(
      CaseRows rows,
      Directory directory,
      Notifications notifications,
      MessageSource messages,
      Clock clock) {
    this.rows = rows;
    this.directory = directory;
    this.notifications = notifications;
    this.messages = messages;
    this.clock = clock;
  }

  /** Called in the transaction that recorded the case's acceptance. */
  void accepted(long caseId) {
    CaseRows.CaseRow c = rows.byId(caseId).orElseThrow();
    if (!TOLD.contains(c.caseType())) {
      return;
    }
    ProcuratorateView unit = directory.get(c.unitId());
    String type =
        messages.getMessage(
            "caseType." + c.caseType(), null, c.caseType().name(), Locale.SIMPLIFIED_CHINESE);
    String phone = unit.servicePhone() == null ? "12309" : unit.servicePhone();
    for (CaseRows.Reachable p : rows.notYetNotified(caseId)) {
      notifications.send(
          new Message(
              "rights-notice:" + p.partyId(),
              "party:" + p.partyId(),
              Set.of(MessageChannel.SMS),
              p.mobile(),
              null,
              // The text per case type, as the deployment words it (the message bundle).
              "rights-notice." + c.caseType(),
              List.of(unit.name(), type, phone),
              null,
              false,
              false,
              unit.id()));
      rows.notified(p.partyId(), caseId, clock.instant());
    }
  }
}
