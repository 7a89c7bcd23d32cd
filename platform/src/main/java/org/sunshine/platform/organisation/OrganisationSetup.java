package org.sunshine.platform.organisation;

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
