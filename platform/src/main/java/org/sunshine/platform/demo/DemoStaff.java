package org.sunshine.platform.demo;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Who acts in the demo workflows: the demo accounts of 小店区 where the case is theirs, otherwise a
 * stand-in identity of the same role in the case's unit (the demo opens accounts for one county
 * only).
 */
@Component
class DemoStaff {

  private final StaffAccounts accounts;

  DemoStaff(StaffAccounts accounts) {
    this.accounts = accounts;
  }

  StaffIdentity of(CaseView c, Role role) {
    String demo =
        switch (role) {
          case CASE_HANDLER -> "handler";
          case DEPARTMENT_HEAD -> "depthead";
          case DEPUTY_CHIEF -> "deputy";
          case CHIEF_PROCURATOR -> "chief";
          default -> "casemgmt";
        };
    return accounts
        .identity(demo)
        .filter(s -> s.unitId() == c.unitId() && s.hasRole(role))
        .orElseGet(
            () ->
                new StaffIdentity(
                    0,
                    "demo." + demo + "." + c.unitId(),
                    "演示" + role.name(),
                    c.unitId(),
                    null,
                    Set.of(role),
                    DataScope.OWN_UNIT,
                    true));
  }
}
