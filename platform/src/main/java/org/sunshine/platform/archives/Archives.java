package org.sunshine.platform.archives;

import org.springframework.stereotype.Service;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * What other modules (the demo, a migration) ask of archives: generate a unit's quarterly package
 * now, and draft a unit's annual report.
 */
@Service
public class Archives {

  private final ArchiveJobs jobs;
  private final AnnualReports reports;

  Archives(ArchiveJobs jobs, AnnualReports reports) {
    this.jobs = jobs;
    this.reports = reports;
  }

  /** Generates the unit's package of the quarter in this thread; returns the package's id. */
  public long generatePackage(long unitId, int year, int quarter, String by) {
    return jobs.runNow(unitId, new Quarter(year, quarter), by);
  }

  /** The unit's annual report of the year, drafted from the figures if it has none; its id. */
  public long draftAnnualReport(long unitId, int year) {
    return reports.draft(unitId, year).id();
  }

  /**
   * 案管 writes the two sections the figures cannot (causes and improvements; inspections), keeping
   * the three drafted from the figures.
   */
  public void writeAnnualReport(
      StaffIdentity caseManagement, long reportId, String problems, String oversight) {
    AnnualReport r = reports.readable(caseManagement, reportId);
    AnnualReport.Sections s = r.sections();
    reports.edit(
        caseManagement,
        reportId,
        new AnnualReport.Sections(s.active(), s.request(), s.objection(), problems, oversight));
  }

  /** 案管 submits the report into approval (chain {@code annual-report}). */
  public void submitAnnualReport(StaffIdentity caseManagement, long reportId) {
    reports.submit(caseManagement, reportId);
  }

  /** One approval step; the last one publishes the report on the public site. */
  public void decideAnnualReport(
      StaffIdentity staff, long reportId, boolean approve, String comment) {
    reports.decide(staff, reportId, approve, comment);
  }
}
