package org.sunshine.platform.releases;

import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseWithheld;
import org.sunshine.platform.publication.Publications;
import org.sunshine.platform.texts.Texts;

/**
 * A case found withheld by law after a release about it was published (RULES.md §1): the release
 * comes down at once with the public reason 依法不予公开, as the system. A release about it still in
 * approval needs nothing: its publication re-runs the check, which refuses a withheld case.
 */
@Component
class WithheldCaseReleases {

  private static final String SYSTEM = "system";

  private final ReleaseRows rows;
  private final Publications publications;
  private final AuditLog audit;
  private final Clock clock;

  WithheldCaseReleases(ReleaseRows rows, Publications publications, AuditLog audit, Clock clock) {
    this.rows = rows;
    this.publications = publications;
    this.audit = audit;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(CaseWithheld e) {
    String reason = Texts.text("releases.withheld-case.reason");
    for (long id : rows.ofCase(e.caseId())) {
      Release r = new Release(rows.lock(id).orElseThrow());
      if (r.status() != ReleaseStatus.PUBLISHED) {
        continue;
      }
      r.withdraw(reason, clock.instant());
      rows.save(r, null, clock.instant());
      publications.withdrawRelease(id, r.unitId, r.withdrawalReason());
      audit.record(
          SYSTEM,
          r.unitId,
          "WITHDRAW_RELEASE",
          Releases.SUBJECT,
          String.valueOf(id),
          Texts.text("releases.withheld-case.audit", e.caseNumber()),
          Channel.SYSTEM);
    }
  }
}
