package org.sunshine.platform.documents;

import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseWithheld;
import org.sunshine.platform.publication.Publications;
import org.sunshine.platform.texts.Texts;

/**
 * A case found withheld by law after its documents went out (RULES.md §1: a state secret, an
 * offender a minor at the offence): every document of it before the public comes down at once,
 * without waiting for an approval chain, since each day it stays up is a disclosure the law
 * forbids. A chain under way (a correction, a withdrawal) is cancelled. Documents not yet out need
 * nothing: their publication re-reads the case's bars.
 */
@Component
class WithheldCaseDocuments {

  private static final String SYSTEM = "system";

  private final DocumentRows rows;
  private final Approvals approvals;
  private final Publications publications;
  private final AuditLog audit;
  private final Clock clock;

  WithheldCaseDocuments(
      DocumentRows rows,
      Approvals approvals,
      Publications publications,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.approvals = approvals;
    this.publications = publications;
    this.audit = audit;
    this.clock = clock;
  }

  /** Runs in its own transaction after the import that found the case so has committed. */
  @ApplicationModuleListener
  void on(CaseWithheld e) {
    String reason = Texts.text("documents.withheld-case.reason");
    for (DocumentRows.DocumentRow row : rows.ofCase(e.caseId())) {
      LegalDocument d = new LegalDocument(rows.lock(row.id()).orElseThrow());
      if (!d.isOut()) {
        continue;
      }
      approvals.cancelPending(Documents.SUBJECT, d.id, SYSTEM, reason);
      d.withdraw(reason);
      rows.save(d, clock.instant());
      publications.withdrawDocument(d.id, d.unitId, reason, SYSTEM, null);
      audit.record(
          SYSTEM,
          d.unitId,
          "WITHDRAW_DOCUMENT",
          Documents.SUBJECT,
          String.valueOf(d.id),
          Texts.text("documents.withheld-case.audit", e.caseNumber()),
          Channel.SYSTEM);
    }
  }
}
