package org.sunshine.platform.organisation;

import java.util.Set;

/** Who a staff member is for authorisation: their unit, roles and data scope. */
public record StaffIdentity(
    long accountId,
    String username,
    String displayName,
    long unitId,
    Long departmentId,
    Set<Role> roles,
    DataScope dataScope,
    boolean enabled) {

  public StaffIdentity {
    roles = Set.copyOf(roles);
  }

  /**
   * A stand-in of one unit alone, no roles and no account: for a scheduled job asking a facade that
   * answers for a staff member's scope. Never shown to anyone, so its name is its login name.
   */
  public static StaffIdentity unitStandIn(long unitId) {
    return new StaffIdentity(
        0, "system", "system", unitId, null, Set.of(), DataScope.OWN_UNIT, true);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /**
   * For templates, by the role's name ({@code me.hasRole('CASE_MANAGEMENT')}); an unknown name
   * fails loudly rather than hiding a menu.
   */
  public boolean hasRole(String role) {
    return roles.contains(Role.valueOf(role));
  }
}
