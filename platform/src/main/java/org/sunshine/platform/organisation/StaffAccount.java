package org.sunshine.platform.organisation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A staff account: its unit is fixed; it may be disabled, re-enabled and given other roles or
 * scope.
 */
class StaffAccount {

  private final long id;
  private final String username;
  private final String displayName;
  private final long unitId;
  private final String unitName;
  private final Long departmentId;
  private final String departmentName;
  private final Set<Role> roles;
  private DataScope dataScope;
  private boolean enabled;
  private final Instant createdAt;

  StaffAccount(
      long id,
      String username,
      String displayName,
      long unitId,
      String unitName,
      Long departmentId,
      String departmentName,
      Set<Role> roles,
      DataScope dataScope,
      boolean enabled,
      Instant createdAt) {
    this.id = id;
    this.username = username;
    this.displayName = displayName;
    this.unitId = unitId;
    this.unitName = unitName;
    this.departmentId = departmentId;
    this.departmentName = departmentName;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.dataScope = dataScope;
    this.enabled = enabled;
    this.createdAt = createdAt;
  }

  void disable() {
    if (!enabled) {
      throw new IllegalStateException("account " + username + " is already disabled");
    }
    enabled = false;
  }

  void enable() {
    if (enabled) {
      throw new IllegalStateException("account " + username + " is already enabled");
    }
    enabled = true;
  }

  void assign(Set<Role> newRoles, DataScope newScope) {
    if (newRoles.isEmpty()) {
      throw new IllegalArgumentException("an account needs at least one role");
    }
    roles.clear();
    roles.addAll(newRoles);
    dataScope = newScope;
  }

  long id() {
    return id;
  }

  long unitId() {
    return unitId;
  }

  Set<Role> roles() {
    return Set.copyOf(roles);
  }

  DataScope dataScope() {
    return dataScope;
  }

  boolean enabled() {
    return enabled;
  }

  StaffIdentity identity() {
    return new StaffIdentity(
        id, username, displayName, unitId, departmentId, roles, dataScope, enabled);
  }

  StaffAccountView view() {
    return new StaffAccountView(
        id,
        username,
        displayName,
        unitId,
        unitName,
        departmentName,
        Set.copyOf(roles),
        dataScope,
        enabled,
        createdAt);
  }
}
