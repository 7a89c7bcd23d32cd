package org.sunshine.platform.statistics;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.lawyers.LawyerServices;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.petitions.PetitionStatistics;
import org.sunshine.platform.petitions.Petitions;
import org.sunshine.platform.publication.PublishedReleases;

/**
 * The disclosure figures beside the documents' (issue 20): important-case releases, procedural
 * queries by channel, lawyers' requests on time and petitions' reply rates of a unit and the units
 * below it in a month — each read from its own module's facade, never from its tables.
 */
@Service
class OtherFigures {

  /** 重要案件信息发布: releases published in the month, and how many were withdrawn since. */
  record Releases(long published, long withdrawn, List<PublishedReleases.UnitReleases> byUnit) {}

  /**
   * 程序性信息查询 by channel: at the windows and phones of the units (staff enter them) and by the public
   * (web, kiosks, the API) about the units' cases; for a province also those of no unit (looks
   * recorded before the audit named the case's unit), counted by the audit log.
   */
  record Queries(Map<Channel, Long> byUnits, Map<Channel, Long> withoutUnit, boolean platformWide) {
    public long total() {
      return byUnits.values().stream().mapToLong(Long::longValue).sum()
          + withoutUnit.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** 律师阅卷等申请: decided in the month and decided on time. */
  record Lawyers(long requests, long decided, long onTime) {
    public Double rate() {
      return decided == 0 ? null : (double) onTime / decided;
    }
  }

  /** 控告申诉: the 7-day procedural reply and the 3-month result reply (RULES.md, 刑诉规则 §161–163). */
  record PetitionFigures(
      long received,
      long proceduralDue,
      long proceduralInTime,
      long resultDue,
      long resultInTime,
      long overdue) {
    public Double proceduralRate() {
      return proceduralDue == 0 ? null : (double) proceduralInTime / proceduralDue;
    }

    public Double resultRate() {
      return resultDue == 0 ? null : (double) resultInTime / resultDue;
    }
  }

  record Month(Releases releases, Queries queries, Lawyers lawyers, PetitionFigures petitions) {}

  private final PublishedReleases releases;
  private final AuditLog audit;
  private final LawyerServices lawyers;
  private final Petitions petitions;
  private final Directory directory;
  private final Clock clock;

  OtherFigures(
      PublishedReleases releases,
      AuditLog audit,
      LawyerServices lawyers,
      Petitions petitions,
      Directory directory,
      Clock clock) {
    this.releases = releases;
    this.audit = audit;
    this.lawyers = lawyers;
    this.petitions = petitions;
    this.directory = directory;
    this.clock = clock;
  }

  /** A unit's month over the given units (the viewer's scope was checked by the caller). */
  Month of(StaffIdentity me, long unitId, Set<Long> units, YearMonth month) {
    return new Month(
        releases(units, month),
        queries(unitId, units, month),
        lawyers(me, units, month),
        petitions(units, month));
  }

  private Releases releases(Collection<Long> units, YearMonth month) {
    var byUnit = releases.publishedByUnit(units, month.atDay(1), month.atEndOfMonth());
    return new Releases(
        byUnit.stream().mapToLong(PublishedReleases.UnitReleases::published).sum(),
        byUnit.stream().mapToLong(PublishedReleases.UnitReleases::withdrawn).sum(),
        byUnit);
  }

  private Queries queries(long unitId, Collection<Long> units, YearMonth month) {
    ZoneId zone = clock.getZone();
    var from = month.atDay(1).atStartOfDay(zone).toInstant();
    var to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    // Looks recorded before the audit named the case's unit carry none: only a province holds them.
    boolean top = directory.get(unitId).level().compareTo(ProcuratorateLevel.PROVINCIAL) <= 0;
    Map<Channel, Long> staffed =
        audit.countByChannel(AuditLog.QUERY_CASE_STATUS, units, false, from, to);
    Map<Channel, Long> all =
        top
            ? audit.countByChannel(AuditLog.QUERY_CASE_STATUS, List.of(), true, from, to)
            : Map.of();
    return new Queries(staffed, all, top);
  }

  private Lawyers lawyers(StaffIdentity me, Set<Long> units, YearMonth month) {
    long requests = 0;
    long decided = 0;
    long onTime = 0;
    for (LawyerServices.MonthFigures f : lawyers.figures(me, month)) {
      if (units.contains(f.unitId())) {
        requests += f.requestsByType().values().stream().mapToLong(Long::longValue).sum();
        decided += f.decided();
        onTime += f.decidedOnTime();
      }
    }
    return new Lawyers(requests, decided, onTime);
  }

  private PetitionFigures petitions(Collection<Long> units, YearMonth month) {
    long received = 0;
    long pDue = 0;
    long pIn = 0;
    long rDue = 0;
    long rIn = 0;
    long overdue = 0;
    for (long u : units) {
      PetitionStatistics s = petitions.statistics(u, month);
      received += s.received();
      pDue += s.proceduralDue();
      pIn += s.proceduralInTime();
      rDue += s.resultDue();
      rIn += s.resultInTime();
      overdue += s.overdue();
    }
    return new PetitionFigures(received, pDue, pIn, rDue, rIn, overdue);
  }
}
