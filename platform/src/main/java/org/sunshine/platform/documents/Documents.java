package org.sunshine.platform.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.ScreeningOutcome;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.publication.Publications;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Forbidden;
import org.sunshine.platform.texts.Texts;
import org.sunshine.redaction.DocumentType;
import org.sunshine.redaction.KeptItems;

/**
 * Legal documents as staff work on them: attach to a case, review the proposed redaction, list what
 * is due. Transitions (submit, approve, publish, withhold, withdraw) are in {@link
 * DocumentWorkflow}.
 */
@Service
public class Documents {

  static final String SUBJECT = "LegalDocument";

  private final DocumentRows rows;
  private final FindingRows findings;
  private final Publications publications;
  private final DocumentAccess access;
  private final RedactionReview review;
  private final Cases cases;
  private final Approvals approvals;
  private final PublicationRules rules;
  private final WorkingCalendar calendar;
  private final Directory directory;
  private final AuditLog audit;
  private final Clock clock;

  Documents(
      DocumentRows rows,
      FindingRows findings,
      Publications publications,
      DocumentAccess access,
      RedactionReview review,
      Cases cases,
      Approvals approvals,
      PublicationRules rules,
      WorkingCalendar calendar,
      Directory directory,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.findings = findings;
    this.publications = publications;
    this.access = access;
    this.review = review;
    this.cases = cases;
    this.approvals = approvals;
    this.rules = rules;
    this.calendar = calendar;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Attaches a document to a case of the staff member's own unit and runs the engine on it. The
   * document number must be new; the text must be readable.
   */
  @Transactional
  public long create(StaffIdentity staff, NewDocument cmd) {
    if (!staff.hasRole(Role.CASE_HANDLER) && !staff.hasRole(Role.CASE_MANAGEMENT)) {
      throw Forbidden.of("documents.documents.attach.forbidden");
    }
    CaseView c = cases.record(cmd.caseId());
    if (c.unitId() != staff.unitId()) {
      throw new NoSuchElementException("case " + cmd.caseId());
    }
    return createFor(c, cmd, staff.username(), staff.unitId());
  }

  /** As {@link #create}, for the upstream feed and the demo loader (system actor). */
  @Transactional
  public long createFromUpstream(NewDocument cmd) {
    CaseView c = cases.record(cmd.caseId());
    return createFor(c, cmd, "system", null);
  }

  private long createFor(CaseView c, NewDocument cmd, String actor, Long actorUnit) {
    String number = cmd.documentNumber() == null ? "" : cmd.documentNumber().strip();
    if (number.isEmpty() || number.length() > 80) {
      throw BadInput.at("documentNumber", "documents.documents.document-number.required");
    }
    if (rows.numberTaken(number)) {
      throw BadInput.at("documentNumber", "documents.documents.document-number.taken", number);
    }
    String text = TextExtraction.normalise(cmd.text());
    if (text.isBlank()) {
      throw BadInput.at("text", "documents.documents.text.empty");
    }
    DocumentType type = cmd.type() != null ? cmd.type() : DocumentType.detect(text);
    LocalDate decided = cmd.decidedOn() != null ? cmd.decidedOn() : LocalDate.now(clock);
    long id =
        rows.insert(
            c.id(),
            c.unitId(),
            number,
            type,
            text,
            cmd.sourceName(),
            decided,
            cmd.important(),
            actor,
            clock.instant());
    review.propose(rows.find(id).orElseThrow(), c);
    audit.record(
        actor, actorUnit, "CREATE_DOCUMENT", SUBJECT, String.valueOf(id), number, Channel.CONSOLE);
    return id;
  }

  /** The whole document with its original text: audited as a view of personal data. */
  @Transactional
  public DocumentView view(StaffIdentity staff, long id) {
    DocumentRows.DocumentRow d = access.readable(staff, id);
    audit.record(
        staff.username(),
        staff.unitId(),
        "VIEW_DOCUMENT_ORIGINAL",
        SUBJECT,
        String.valueOf(id),
        d.documentNumber(),
        Channel.CONSOLE);
    return assemble(d, cases.record(d.caseId()));
  }

  DocumentView assemble(DocumentRows.DocumentRow d, CaseView c) {
    List<FindingView> spans = findings.of(d.id());
    String text = d.redactedText();
    return new DocumentView(
        summary(d, c),
        d.originalText(),
        text,
        d.decidedOn(),
        d.important(),
        d.sourceName(),
        d.createdBy(),
        spans,
        RedactionReview.refusalLabels(d.refusals()),
        RedactionReview.withholdingFor(d.refusals()),
        lawBars(c),
        review.residual(d.publicTitle(), text, c, spans),
        KeptItemLost.of(KeptItems.lostIn(d.originalText(), text)),
        Publications.fingerprint(d.publicTitle(), text),
        d.withholdingReason(),
        d.withholdingNote(),
        d.withheldBy(),
        d.correctionReason(),
        d.withdrawalReason(),
        approvals.history(SUBJECT, d.id()),
        publications.revisions(d.id()),
        publications.corrections(d.id()));
  }

  @Transactional(readOnly = true)
  public List<DocumentSummary> ofCase(StaffIdentity staff, long caseId) {
    if (!cases.inScopeOf(staff, caseId)) {
      throw new NoSuchElementException("case " + caseId);
    }
    CaseView c = cases.record(caseId);
    return rows.ofCase(caseId).stream().map(d -> summary(d, c)).toList();
  }

  /** The documents of the staff member's scope, newest first; optionally only the overdue ones. */
  @Transactional(readOnly = true)
  public List<DocumentSummary> visibleTo(StaffIdentity staff, boolean overdueOnly) {
    Map<Long, CaseView> byCase = new HashMap<>();
    List<DocumentSummary> list = new ArrayList<>();
    for (DocumentRows.DocumentRow d :
        rows.inUnits(directory.unitsVisibleTo(staff), overdueOnly, overdueOnly ? 100_000 : 500)) {
      DocumentSummary s = summary(d, byCase.computeIfAbsent(d.caseId(), cases::record));
      if (!overdueOnly || s.overdue()) {
        list.add(s);
      }
    }
    return list;
  }

  /** One document's summary (status, condition dates) as its unit's staff see it; no text. */
  @Transactional(readOnly = true)
  DocumentSummary summary(StaffIdentity staff, long id) {
    DocumentRows.DocumentRow d = access.readable(staff, id);
    return summary(d, cases.record(d.caseId()));
  }

  DocumentSummary summary(DocumentRows.DocumentRow d, CaseView c) {
    LocalDate from = rules.publishableFrom(d.type(), c, d.decidedOn());
    LocalDate due = rules.dueOn(d.type(), from, calendar);
    boolean open =
        d.status() == DocumentStatus.DRAFT
            || d.status() == DocumentStatus.IN_APPROVAL
            || d.status() == DocumentStatus.APPROVED;
    return new DocumentSummary(
        d.id(),
        d.caseId(),
        c.caseNumber(),
        directory.get(d.unitId()).name(),
        d.documentNumber(),
        d.type(),
        d.status(),
        rules.rule(d.type()).channel(),
        d.publicTitle(),
        from,
        due,
        // A correction of a document already out is not late: the public has it.
        open && d.revision() == 0 && due != null && LocalDate.now(clock).isAfter(due),
        d.unitId());
  }

  /** What the case record bars from publication (RULES.md §1), whatever the text says. */
  static List<String> lawBars(CaseView c) {
    List<String> bars = new ArrayList<>();
    if (c.secret()) {
      bars.add(Texts.text("documents.documents.bar.state-secret"));
    }
    c.accused().stream()
        .flatMap(p -> p.screening().stream())
        .filter(f -> f.outcome() == ScreeningOutcome.WITHHELD_BY_LAW && !f.overridden())
        .map(f -> f.reason())
        .distinct()
        .forEach(bars::add);
    return bars;
  }
}
