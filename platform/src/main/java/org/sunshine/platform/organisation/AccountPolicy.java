package org.sunshine.platform.organisation;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which roles an administrator may grant. Administrators of a provincial or the supreme
 * procuratorate, who run the platform, grant every role; those of a city or county grant only the
 * configured ones — by default not 系统管理员 (a county could otherwise multiply administrators) and not
 * 监督检查 (the inspector checks the unit from above).
 *
 * @param unitAdministratorsGrant the roles a city or county administrator may grant
 */
@ConfigurationProperties("sunshine.accounts")
record AccountPolicy(Set<Role> unitAdministratorsGrant) {

  AccountPolicy {
    unitAdministratorsGrant =
        unitAdministratorsGrant == null
            ? EnumSet.complementOf(EnumSet.of(Role.ADMINISTRATOR, Role.INSPECTOR))
            : Set.copyOf(unitAdministratorsGrant);
  }

  boolean mayGrant(ProcuratorateLevel administratorsLevel, Set<Role> roles) {
    boolean top =
        administratorsLevel == ProcuratorateLevel.PROVINCIAL
            || administratorsLevel == ProcuratorateLevel.SUPREME;
    return top || unitAdministratorsGrant.containsAll(roles);
  }
}
