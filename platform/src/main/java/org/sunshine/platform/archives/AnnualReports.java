package org.sunshine.platform.archives;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.approval.ApprovalStatus;
import org.sunshine.platform.approval.ApprovalView;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;

/**
 * The annual 检务公开 report's use cases: draft from the figures (text sections pre-written from them),
 * edit (案管 of the unit, while a draft), submit into approval (chain {@code annual-report}), decide
 * (the last approval publishes it on the public site).
 */
@Service
class AnnualReports {

  static final String SUBJECT = "AnnualReport";
  static final String CHAIN = "annual-report";

  private final AnnualReportRows rows;
  private final AnnualFigureSource figures;
  private final ArchiveAccess access;
  private final Approvals approvals;
  private final Directory directory;
  private final AuditLog audit;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AnnualReports(
      AnnualReportRows rows,
      AnnualFigureSource figures,
      ArchiveAccess access,
      Approvals approvals,
      Directory directory,
      AuditLog audit,
      MessageSource messages,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.rows = rows;
    this.figures = figures;
    this.access = access;
    this.approvals = approvals;
    this.directory = directory;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  /** The unit's report of the year, drafted from the figures if it has none yet. */
  @Transactional
  AnnualReport draft(long unitId, int year) {
    if (year < 2000 || year > LocalDate.now(clock).getYear()) {
      throw BadInput.at("year", "archives.annual-reports.year.future");
    }
    AnnualFigures f = figures.of(unitId, year);
    rows.insert(unitId, year, drafted(year, f), f, clock.instant());
    return current(rows.find(unitId, year).orElseThrow());
  }

  /** The text sections as first drafted: sentences carrying the year's figures. */
  AnnualReport.Sections drafted(int year, AnnualFigures f) {
    Double rate = f.rate();
    String r = rate == null ? "—" : String.format("%.1f%%", rate * 100);
    return new AnnualReport.Sections(
        t(
            "archives.annual.draft.active",
            year,
            f.get("documents.due"),
            f.get("documents.published"),
            f.get("documents.withheld"),
            r,
            f.get("documents.onTime"),
            f.get("releases.published")),
        t(
            "archives.annual.draft.request",
            year,
            f.get("lawyers.requests"),
            f.get("lawyers.decided"),
            f.get("lawyers.onTime")),
        t(
            "archives.annual.draft.objection",
            year,
            f.get("petitions.received"),
            f.get("petitions.proceduralInTime"),
            f.get("petitions.proceduralDue"),
            f.get("petitions.overdue")),
        t(
                "archives.annual.draft.problems",
                f.get("documents.overdue"),
                f.get("documents.nonCompliant"))
            + t("archives.annual.prompt.problems"),
        t("archives.annual.draft.oversight", year, f.get("archives.quarters"))
            + t("archives.annual.prompt.oversight"));
  }

  /**
   * The two sections the figures cannot write (the causes and the improvements, the inspections)
   * are drafted with a prompt; a report still carrying one is not submitted, so no prompt is ever
   * published.
   */
  private void requireNoPrompts(AnnualReport.Sections s) {
    if (s.problems().contains(t("archives.annual.prompt.problems"))) {
      throw BadInput.at("problems", "archives.annual-reports.problems.placeholder");
    }
    if (s.oversight().contains(t("archives.annual.prompt.oversight"))) {
      throw BadInput.at("oversight", "archives.annual-reports.oversight.placeholder");
    }
  }

  /** A draft's figures follow the facades until it is submitted. */
  @Transactional
  AnnualReport current(AnnualReport r) {
    if (r.status() != AnnualReport.Status.DRAFT) {
      return r;
    }
    AnnualReport now = r.refigured(figures.of(r.unitId(), r.year()));
    rows.save(now);
    return now;
  }

  AnnualReport readable(StaffIdentity me, long id) {
    AnnualReport r = rows.find(id).orElseThrow(() -> new NoSuchElementException("report " + id));
    access.read(me, r.unitId());
    return r;
  }

  List<AnnualReport> visibleTo(StaffIdentity me) {
    return rows.ofUnits(access.units(me));
  }

  @Transactional
  AnnualReport edit(StaffIdentity me, long id, AnnualReport.Sections s) {
    AnnualReport r = readable(me, id);
    access.ownReport(me, r.unitId());
    AnnualReport edited =
        r.edit(s, figures.of(r.unitId(), r.year()), me.username(), clock.instant());
    rows.save(edited);
    record(me, "EDIT_ANNUAL_REPORT", r);
    return edited;
  }

  @Transactional
  AnnualReport submit(StaffIdentity me, long id) {
    AnnualReport r = readable(me, id);
    access.ownReport(me, r.unitId());
    requireNoPrompts(r.sections());
    AnnualReport submitted =
        r.refigured(figures.of(r.unitId(), r.year())).submit(me.username(), clock.instant());
    rows.save(submitted);
    // Seed 001: published before 31 December; the approval is due five days on, or by then.
    LocalDate due = LocalDate.now(clock).plusDays(5);
    LocalDate lastDay = LocalDate.of(r.year(), 12, 31);
    if (due.isAfter(lastDay) && !LocalDate.now(clock).isAfter(lastDay)) {
      due = lastDay;
    }
    approvals.submit(
        me,
        SUBJECT,
        id,
        CHAIN,
        r.unitId(),
        t("archives.annual.label", directory.get(r.unitId()).shortName(), r.year()),
        submitted.contentSha256(),
        due);
    record(me, "SUBMIT_ANNUAL_REPORT", r);
    return submitted;
  }

  /** One approval step; the last one publishes the report, a return reopens the draft. */
  @Transactional
  AnnualReport decide(StaffIdentity me, long id, boolean approve, String comment) {
    AnnualReport r = rows.find(id).orElseThrow(() -> new NoSuchElementException("report " + id));
    ApprovalView pending =
        approvals
            .pendingFor(SUBJECT, id)
            .orElseThrow(() -> Conflict.of("archives.annual-reports.not-in-approval"));
    ApprovalView after = approvals.decide(me, pending.id(), approve, comment, r.contentSha256());
    AnnualReport next = r;
    if (after.status() == ApprovalStatus.APPROVED) {
      next = r.publish(clock.instant());
      rows.save(next);
      record(me, "PUBLISH_ANNUAL_REPORT", r);
      // After commit: on an internal node the transfer carries it to the public site.
      events.publishEvent(new AnnualReportPublished(id));
    } else if (after.status() == ApprovalStatus.RETURNED) {
      next = r.returned();
      rows.save(next);
    }
    return next;
  }

  private void record(StaffIdentity me, String action, AnnualReport r) {
    audit.record(
        me.username(),
        me.unitId(),
        action,
        SUBJECT,
        String.valueOf(r.id()),
        r.unitId() + "/" + r.year(),
        Channel.CONSOLE);
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args, Locale.CHINA);
  }
}
