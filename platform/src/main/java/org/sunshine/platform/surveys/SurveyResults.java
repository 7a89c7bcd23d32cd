package org.sunshine.platform.surveys;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;

/**
 * Results of a round as counts per unit — rolled up through the hierarchy — and per department of
 * one unit. Read from status and scores only: nothing that could name a respondent (no case, no
 * number, no role) reaches a result.
 */
@Service
class SurveyResults {

  /** One round's results for a unit: its total, each unit below it, its departments. */
  record Results(
      SurveyRows.Round round,
      Tally total,
      Map<ProcuratorateView, Tally> byUnit,
      Map<Long, Tally> byDepartment) {}

  private final SurveyRows rows;
  private final Directory directory;

  SurveyResults(SurveyRows rows, Directory directory) {
    this.rows = rows;
    this.directory = directory;
  }

  @Transactional(readOnly = true)
  Optional<Results> of(long unitId, LocalDate month) {
    return of(unitId, month, true);
  }

  /**
   * {@code withUnitsBelow}: false for a reader whose data scope ends at the unit itself — its own
   * answers only, no unit below counted or broken down.
   */
  @Transactional(readOnly = true)
  Optional<Results> of(long unitId, LocalDate month, boolean withUnitsBelow) {
    return rows.round(month.withDayOfMonth(1)).map(r -> results(r, unitId, withUnitsBelow));
  }

  private Results results(SurveyRows.Round round, long unitId, boolean withUnitsBelow) {
    List<ProcuratorateView> children = withUnitsBelow ? directory.children(unitId) : List.of();
    Map<Long, ProcuratorateView> under = new HashMap<>();
    for (ProcuratorateView child : children) {
      for (Long id : directory.selfAndDescendants(child.id())) {
        under.put(id, child);
      }
    }
    Set<Long> all = withUnitsBelow ? directory.selfAndDescendants(unitId) : Set.of(unitId);
    Tally total = new Tally();
    Map<ProcuratorateView, Tally> byUnit = new LinkedHashMap<>();
    children.forEach(c -> byUnit.put(c, new Tally()));
    Map<Long, Tally> byDepartment = new LinkedHashMap<>();
    directory.departments(unitId).forEach(d -> byDepartment.put(d.id(), new Tally()));
    for (SurveyRows.Counted c : rows.counted(round.id(), all)) {
      total.add(c);
      ProcuratorateView child = under.get(c.unitId());
      if (child != null) {
        byUnit.get(child).add(c);
      }
      if (c.unitId() == unitId) {
        byDepartment.computeIfAbsent(c.departmentId(), d -> new Tally()).add(c);
      }
    }
    return new Results(round, total, byUnit, byDepartment);
  }
}
