package org.sunshine.platform.organisation;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the procuratorate hierarchy. Everything it returns is public information (names,
 * addresses, service phones), so public-facing modules may use it.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

  private final ProcuratorateRows rows;

  Directory(ProcuratorateRows rows) {
    this.rows = rows;
  }

  public List<ProcuratorateView> all() {
    return rows.all();
  }

  /**
   * The top units shown first in the directory: the provincial procuratorates (and the supreme
   * one).
   */
  public List<ProcuratorateView> roots() {
    return rows.all().stream()
        .filter(
            p ->
                p.level() == ProcuratorateLevel.SUPREME
                    || p.level() == ProcuratorateLevel.PROVINCIAL)
        .toList();
  }

  public Optional<ProcuratorateView> find(long id) {
    return rows.byId(id);
  }

  public ProcuratorateView get(long id) {
    return rows.byId(id).orElseThrow(() -> new NoSuchElementException("procuratorate " + id));
  }

  public Optional<ProcuratorateView> findByCode(String code) {
    return rows.byCode(code);
  }

  public List<ProcuratorateView> children(long id) {
    return rows.children(id);
  }

  /** From the top of the hierarchy down to the unit itself. */
  public List<ProcuratorateView> path(long id) {
    return rows.pathTo(id);
  }

  public List<DepartmentView> departments(long unitId) {
    return rows.departments(unitId);
  }

  public List<String> caseTeams(long departmentId) {
    return rows.caseTeams(departmentId);
  }

  /** The unit and every unit below it (a province's cities and counties). */
  public Set<Long> selfAndDescendants(long unitId) {
    return rows.selfAndDescendants(unitId);
  }

  /**
   * The units whose data the staff member may see: their own, plus all subordinates if their scope
   * says so.
   */
  public Set<Long> unitsVisibleTo(StaffIdentity staff) {
    return staff.dataScope() == DataScope.UNIT_AND_SUBORDINATES
        ? rows.selfAndDescendants(staff.unitId())
        : Set.of(staff.unitId());
  }
}
