package org.sunshine.platform.archives;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.sunshine.platform.lawyers.LawyerServices;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.petitions.PetitionStatistics;
import org.sunshine.platform.petitions.Petitions;
import org.sunshine.platform.publication.Disclosures;
import org.sunshine.platform.statistics.Accountability;
import org.sunshine.platform.statistics.Accountability.PeriodFigures;

/**
 * Computes an annual report's figures from the other capabilities' facades: the accountability
 * ledger (documents due in the year, each once), publication (revisions and releases published in
 * the year), lawyers' requests (依申请公开), petitions (异议和申诉) and this module's own packages.
 */
@Component
class AnnualFigureSource {

  private final Accountability accountability;
  private final Disclosures disclosures;
  private final LawyerServices lawyers;
  private final Petitions petitions;
  private final ArchiveRows archives;

  AnnualFigureSource(
      Accountability accountability,
      Disclosures disclosures,
      LawyerServices lawyers,
      Petitions petitions,
      ArchiveRows archives) {
    this.accountability = accountability;
    this.disclosures = disclosures;
    this.lawyers = lawyers;
    this.petitions = petitions;
    this.archives = archives;
  }

  AnnualFigures of(long unitId, int year) {
    Map<String, Long> v = new LinkedHashMap<>();
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    PeriodFigures p = accountability.period(unitId, from, to.withDayOfMonth(1));
    v.put("documents.due", p.due());
    v.put("documents.published", p.published());
    v.put("documents.withheld", p.withheld());
    v.put("documents.onTime", p.onTime());
    v.put("documents.overdue", p.overdue());
    v.put("documents.nonCompliant", p.nonCompliant());
    v.put("documents.pending", p.pending());
    v.put("documents.revisions", (long) disclosures.documents(unitId, from, to).size());
    v.put("releases.published", (long) disclosures.releases(unitId, from, to).size());
    lawyerFigures(unitId, year, v);
    petitionFigures(unitId, year, v);
    v.put("archives.quarters", (long) archives.countComplete(unitId, year));
    return new AnnualFigures(v);
  }

  private void lawyerFigures(long unitId, int year, Map<String, Long> v) {
    // The facade answers for a staff member's scope: a stand-in of the unit alone asks for it.
    StaffIdentity unitOnly = StaffIdentity.unitStandIn(unitId);
    long requests = 0;
    long decided = 0;
    long onTime = 0;
    for (int m = 1; m <= 12; m++) {
      for (var f : lawyers.figures(unitOnly, YearMonth.of(year, m))) {
        if (f.unitId() == unitId) {
          requests += f.requestsByType().values().stream().mapToLong(Long::longValue).sum();
          decided += f.decided();
          onTime += f.decidedOnTime();
        }
      }
    }
    v.put("lawyers.requests", requests);
    v.put("lawyers.decided", decided);
    v.put("lawyers.onTime", onTime);
  }

  private void petitionFigures(long unitId, int year, Map<String, Long> v) {
    long[] sums = new long[6];
    for (int m = 1; m <= 12; m++) {
      PetitionStatistics s = petitions.statistics(unitId, YearMonth.of(year, m));
      sums[0] += s.received();
      sums[1] += s.proceduralDue();
      sums[2] += s.proceduralInTime();
      sums[3] += s.resultDue();
      sums[4] += s.resultInTime();
      sums[5] += s.overdue();
    }
    v.put("petitions.received", sums[0]);
    v.put("petitions.proceduralDue", sums[1]);
    v.put("petitions.proceduralInTime", sums[2]);
    v.put("petitions.resultDue", sums[3]);
    v.put("petitions.resultInTime", sums[4]);
    v.put("petitions.overdue", sums[5]);
  }
}
