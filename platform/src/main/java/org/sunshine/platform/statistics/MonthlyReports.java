package org.sunshine.platform.statistics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.approval.ApprovalStatus;
import org.sunshine.platform.approval.ApprovalView;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Forbidden;
import org.sunshine.platform.texts.Texts;

/**
 * 月末通报完成率, 实名通报 (seed 002, RULES.md §8): a province's or city's report of a month — each unit below
 * with its rate and rank, and by name the units and responsible persons (handler, department head)
 * with documents unpublished past their due date or withdrawn as non-compliant. Drafted with frozen
 * figures, approved (案管 → deputy chief), then published to every unit below; never changed
 * afterwards (a database trigger): a dispute's decision is carried, with its log, by the next
 * report.
 */
@Service
class MonthlyReports {

  static final String SUBJECT = "MonthlyReport";
  static final String CHAIN = "monthly-report";

  private final ReportRows rows;
  private final ReportAudience audience;
  private final Completion completion;
  private final Directory directory;
  private final StaffAccounts accounts;
  private final Approvals approvals;
  private final Names names;
  private final AuditLog audit;
  private final Clock clock;
  private final int repeatMonths;

  MonthlyReports(
      ReportRows rows,
      ReportAudience audience,
      Completion completion,
      Directory directory,
      StaffAccounts accounts,
      Approvals approvals,
      Names names,
      AuditLog audit,
      Clock clock,
      @Value("${sunshine.statistics.repeat-months:3}") int repeatMonths) {
    this.rows = rows;
    this.audience = audience;
    this.completion = completion;
    this.directory = directory;
    this.accounts = accounts;
    this.approvals = approvals;
    this.names = names;
    this.audit = audit;
    this.clock = clock;
    this.repeatMonths = repeatMonths;
  }

  /**
   * Drafts a unit's report of a month (callers let only an ended month through), with its figures
   * frozen at the month's end, and sends it into approval. A second call returns the report already
   * drafted — unless its approver returned it: then it is drafted again from today's figures and
   * submitted again, so a returned report is never stuck.
   */
  @Transactional
  public ReportRows.Report draft(long unitId, LocalDate month) {
    LocalDate m = month.withDayOfMonth(1);
    var id = rows.insert(unitId, m, clock.instant());
    if (id.isPresent()) {
      // The hierarchy of the day: whoever moves later keeps (or never gains) this report.
      audience.record(id.get(), directory.selfAndDescendants(unitId));
      return submit(id.get(), unitId, m);
    }
    ReportRows.Report drafted = rows.find(unitId, m).orElseThrow();
    if (!"DRAFT".equals(drafted.status())) {
      return drafted;
    }
    rows.clearDraft(drafted.id());
    return submit(drafted.id(), unitId, m);
  }

  private ReportRows.Report submit(long reportId, long unitId, LocalDate m) {
    writeLines(reportId, unitId, m);
    writeNamed(reportId, unitId, m);
    rows.carryCorrections(unitId, reportId);
    String sha = contentHash(reportId);
    rows.status(reportId, "IN_APPROVAL", sha, null);
    approvals.submit(
        system(unitId),
        SUBJECT,
        reportId,
        CHAIN,
        unitId,
        Texts.text(
            "statistics.monthly-reports.title",
            directory.get(unitId).shortName(),
            m.getYear(),
            m.getMonthValue()),
        sha,
        LocalDate.now(clock).plusDays(5));
    return rows.find(reportId).orElseThrow();
  }

  private void writeLines(long reportId, long unitId, LocalDate m) {
    List<Completion.UnitLine> lines = new ArrayList<>(completion.lines(unitId, m));
    lines.sort(
        Comparator.comparing(
                (Completion.UnitLine l) -> l.figures().rate() == null ? -1 : l.figures().rate())
            .reversed()
            .thenComparing(Completion.UnitLine::unitId));
    int rank = 0;
    for (Completion.UnitLine l : lines) {
      Figures f = l.figures();
      rows.line(
          reportId,
          new ReportRows.Line(
              l.unitId(),
              l.own() ? Texts.text("statistics.monthly-reports.own-unit", l.name()) : l.name(),
              (int) f.due(),
              (int) f.published(),
              (int) f.withheld(),
              (int) f.nonCompliant(),
              (int) f.overdue(),
              (int) f.onTime(),
              f.rate(),
              ++rank));
    }
  }

  private void writeNamed(long reportId, long unitId, LocalDate m) {
    Set<Long> cleared = new HashSet<>(rows.upheldDocuments(unitId));
    List<LedgerEntry> named = new ArrayList<>();
    named.addAll(completion.entries(unitId, false, m, Figure.OVERDUE, null, null));
    named.addAll(completion.entries(unitId, false, m, Figure.NON_COMPLIANT, null, null));
    named.removeIf(e -> cleared.contains(e.documentId()));
    // One query for all names and one for all earlier months named, not one per person.
    List<String> handlers = named.stream().map(LedgerEntry::handler).distinct().toList();
    var lookup = names.lookup().preload(handlers);
    Map<String, Integer> monthsNamed = rows.monthsNamed(handlers, m.getYear(), m);
    Map<String, String> heads = new HashMap<>();
    List<ReportRows.Named> lines = new ArrayList<>();
    for (LedgerEntry e : named) {
      // Named in this month and in (repeat-months − 1) other months of the year: marked.
      boolean repeated = monthsNamed.getOrDefault(e.handler(), 0) + 1 >= repeatMonths;
      lines.add(
          new ReportRows.Named(
              0,
              e.documentId(),
              e.unitId(),
              e.documentNumber(),
              "WITHDRAWN".equals(e.state()) ? "NON_COMPLIANT" : "OVERDUE",
              e.handler(),
              lookup.person(e.handler()),
              heads.computeIfAbsent(e.unitId() + "/" + e.departmentId(), k -> departmentHead(e)),
              e.dueOn(),
              repeated));
    }
    rows.named(reportId, lines);
  }

  /** The heads of the handler's department (部门负责人), by name. */
  private String departmentHead(LedgerEntry e) {
    List<String> heads =
        accounts.holdersOf(e.unitId(), Role.DEPARTMENT_HEAD).stream()
            .map(accounts::identity)
            .flatMap(Optional::stream)
            .filter(s -> e.departmentId() == null || e.departmentId().equals(s.departmentId()))
            .map(StaffIdentity::displayName)
            .toList();
    return heads.isEmpty() ? null : String.join("、", heads);
  }

  private String contentHash(long reportId) {
    StringBuilder text = new StringBuilder();
    rows.lines(reportId).forEach(l -> text.append(l).append('\n'));
    rows.named(reportId).forEach(n -> text.append(n.documentId()).append(n).append('\n'));
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StaffIdentity system(long unitId) {
    return StaffIdentity.unitStandIn(unitId);
  }

  /** One step of the report's approval; the last one publishes it to every unit below. */
  @Transactional
  public ReportRows.Report decide(
      StaffIdentity staff, long reportId, boolean approve, String comment) {
    ReportRows.Report r =
        rows.find(reportId).orElseThrow(() -> new NoSuchElementException("report"));
    if (!"IN_APPROVAL".equals(r.status())) {
      throw Conflict.of("statistics.monthly-reports.not-in-approval");
    }
    ApprovalView pending =
        approvals
            .pendingFor(SUBJECT, reportId)
            .orElseThrow(() -> Conflict.of("statistics.monthly-reports.not-in-approval"));
    ApprovalView after = approvals.decide(staff, pending.id(), approve, comment, r.contentSha256());
    if (after.status() == ApprovalStatus.APPROVED) {
      rows.status(reportId, "PUBLISHED", r.contentSha256(), clock.instant());
      audit.record(
          staff.username(),
          staff.unitId(),
          "PUBLISH_MONTHLY_REPORT",
          SUBJECT,
          String.valueOf(reportId),
          r.month().toString(),
          Channel.CONSOLE);
    } else if (after.status() == ApprovalStatus.RETURNED) {
      rows.status(reportId, "DRAFT", r.contentSha256(), null);
    }
    return rows.find(reportId).orElseThrow();
  }

  /**
   * Who may read a report: its unit's readers (drafts too) and, once published, every unit below.
   */
  ReportRows.Report readable(StaffIdentity staff, long reportId) {
    ReportRows.Report r =
        rows.find(reportId).orElseThrow(() -> new NoSuchElementException("report"));
    boolean ownUnit = staff.unitId() == r.unitId();
    boolean below =
        "PUBLISHED".equals(r.status())
            && audience.includes(
                reportId,
                staff.unitId(),
                directory.path(staff.unitId()).stream().anyMatch(p -> p.id() == r.unitId()));
    if (!ownUnit && !below) {
      throw new NoSuchElementException("report " + reportId);
    }
    return r;
  }

  /** The reports a staff member can open: their unit's and those published to it. */
  List<ReportRows.Report> visibleTo(StaffIdentity staff) {
    List<Long> path = directory.path(staff.unitId()).stream().map(ProcuratorateView::id).toList();
    return audience.visibleTo(staff.unitId(), path);
  }

  /**
   * A named person, or their unit's leaders or 案管, dispute a named entry of a published report with
   * a reason; one open dispute per entry.
   */
  @Transactional
  public long dispute(StaffIdentity staff, long namedEntryId, String reason) {
    ReportRows.Named n =
        rows.namedEntry(namedEntryId).orElseThrow(() -> new NoSuchElementException("entry"));
    ReportRows.Report r = rows.find(rows.reportOf(namedEntryId)).orElseThrow();
    if (!"PUBLISHED".equals(r.status())) {
      throw Conflict.of("statistics.monthly-reports.dispute.not-published");
    }
    boolean named = staff.username().equals(n.handler());
    boolean unit =
        staff.unitId() == n.unitId()
            && (staff.hasRole(Role.CASE_MANAGEMENT)
                || staff.hasRole(Role.DEPUTY_CHIEF)
                || staff.hasRole(Role.CHIEF_PROCURATOR)
                || staff.hasRole(Role.DEPARTMENT_HEAD));
    if (!named && !unit) {
      throw new AccessDeniedException("only the named person or their unit may dispute");
    }
    if (reason == null || reason.isBlank()) {
      throw BadInput.at("reason", "statistics.monthly-reports.dispute.reason-required");
    }
    if (rows.openDispute(namedEntryId)) {
      throw Conflict.of("statistics.monthly-reports.dispute.pending");
    }
    return rows.dispute(namedEntryId, staff.username(), reason.strip(), clock.instant());
  }

  /** 案管 of the reporting unit decides a dispute; the next report carries the decision. */
  @Transactional
  public void decideDispute(StaffIdentity staff, long disputeId, boolean uphold, String note) {
    ReportRows.Dispute d =
        rows.findDispute(disputeId).orElseThrow(() -> new NoSuchElementException("dispute"));
    ReportRows.Report r = rows.find(rows.reportOf(d.namedEntryId())).orElseThrow();
    if (staff.unitId() != r.unitId() || !staff.hasRole(Role.CASE_MANAGEMENT)) {
      throw Forbidden.of("statistics.monthly-reports.dispute.forbidden");
    }
    if (note == null || note.isBlank()) {
      throw BadInput.at("note", "statistics.monthly-reports.dispute.note-required");
    }
    if (!rows.decide(
        disputeId,
        uphold ? "UPHELD" : "REJECTED",
        staff.username(),
        note.strip(),
        clock.instant())) {
      throw Conflict.of("statistics.monthly-reports.dispute.decided");
    }
  }
}
