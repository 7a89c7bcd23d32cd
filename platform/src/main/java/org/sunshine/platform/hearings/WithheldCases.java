package org.sunshine.platform.hearings;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseWithheld;
import org.sunshine.platform.texts.Texts;

/**
 * A case found withheld by law after its hearing was announced (RULES.md §1): every hearing of it
 * the public saw is taken back — the public list and page drop it, a public node is told, and the
 * observers hear that it is no longer open to them. Runs in its own transaction after the import
 * commits; a hearing already withdrawn is left as it is, so a redelivered event changes nothing.
 */
@Component
class WithheldCases {

  private final HearingRows rows;
  private final Hearings hearings;
  private final HearingNotices notices;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WithheldCases(
      HearingRows rows,
      Hearings hearings,
      HearingNotices notices,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.hearings = hearings;
    this.notices = notices;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(CaseWithheld e) {
    for (long id : rows.ofCase(e.caseId())) {
      PublicHearing h = rows.lock(id).orElseThrow();
      if (!h.shownToThePublic()) {
        continue;
      }
      h.withdraw();
      rows.save(h, clock.instant());
      audit.record(
          "system",
          h.unitId,
          "WITHDRAW_HEARING",
          Hearings.SUBJECT,
          Long.toString(id),
          Texts.text("hearings.audit.withdrawn", e.caseNumber()),
          Channel.SYSTEM);
      HearingView view = hearings.view(h);
      rows.observerList(id).stream()
          .filter(o -> o.applicantId() > 0)
          .forEach(o -> notices.withdrawnForObserver(view, o.id(), o.applicantId(), o.mobile()));
      events.publishEvent(new HearingChanged(id));
    }
  }
}
