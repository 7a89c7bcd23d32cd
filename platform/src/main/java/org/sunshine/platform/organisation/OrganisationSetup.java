package org.sunshine.platform.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the hierarchy: used by the installer and the demo data. Not exposed on the web; units
 * change rarely and through the supreme procuratorate's own registry.
 */
@Service
@Transactional
public class OrganisationSetup {

  private final ProcuratorateRows rows;
  private final StaffAccounts accounts;

  OrganisationSetup(ProcuratorateRows rows, StaffAccounts accounts) {
    this.rows = rows;
    this.accounts = accounts;
  }

  public long register(NewProcuratorate unit) {
    if (unit.level() == ProcuratorateLevel.SUPREME
        ? unit.parentId() != null
        : unit.parentId() == null) {
      throw new IllegalArgumentException("parentId: only the supreme procuratorate has no parent");
    }
    return rows.insert(unit);
  }

  /**
   * Makes this node's directory equal the internal node's (a public node receives it in every
   * transfer package). Parents are written before their children; units are never deleted, since
   * published items keep naming them.
   */
  public void replicate(List<ProcuratorateView> units) {
    List<ProcuratorateView> ordered = new ArrayList<>(units);
    ordered.sort(Comparator.comparing(ProcuratorateView::level));
    Map<Long, Integer> position = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      position.put(units.get(i).id(), i + 1);
    }
    for (ProcuratorateView u : ordered) {
      rows.replicate(u, position.get(u.id()));
    }
  }

  public long addDepartment(long unitId, String name, String kind) {
    return rows.insertDepartment(unitId, name, kind);
  }

  public long addCaseTeam(long departmentId, String name) {
    return rows.insertCaseTeam(departmentId, name);
  }

  public long openAccount(NewStaffAccount command) {
    return accounts.openUnchecked(command);
  }
}
