package org.sunshine.platform.organisation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.texts.BadInput;

/**
 * Staff accounts, always seen through a viewer: an administrator manages the accounts of the units
 * in their data scope and nothing else; an account outside the scope answers as if it did not
 * exist.
 */
@Service
@Transactional
public class StaffAccounts {

  private final StaffAccountRows rows;
  private final ProcuratorateRows units;
  private final Directory directory;
  private final Clock clock;
  private final AccountPolicy policy;

  StaffAccounts(
      StaffAccountRows rows,
      ProcuratorateRows units,
      Directory directory,
      Clock clock,
      AccountPolicy policy) {
    this.policy = policy;
    this.rows = rows;
    this.units = units;
    this.directory = directory;
    this.clock = clock;
  }

  /** Whether the unit has an enabled account holding the role (e.g. a 新闻宣传部门 of its own). */
  @Transactional(readOnly = true)
  public boolean unitHasRole(long unitId, Role role) {
    return rows.inUnits(List.of(unitId)).stream()
        .anyMatch(a -> a.enabled() && a.roles().contains(role));
  }

  /** The login names of a unit's enabled accounts holding the role (whom a reminder climbs to). */
  @Transactional(readOnly = true)
  public List<String> holdersOf(long unitId, Role role) {
    return rows.inUnits(List.of(unitId)).stream()
        .filter(a -> a.enabled() && a.roles().contains(role))
        .map(a -> a.identity().username())
        .sorted()
        .toList();
  }

  /**
   * Display names of many login names at once (statistics' handler tables): one query, not one per
   * person. A name with no account is absent from the map.
   */
  @Transactional(readOnly = true)
  public Map<String, String> displayNames(Collection<String> usernames) {
    return rows.displayNames(usernames);
  }

  /** The account behind a login name, for authentication. */
  @Transactional(readOnly = true)
  public Optional<StaffIdentity> identity(String username) {
    return rows.byUsername(username).map(StaffAccount::identity);
  }

  @Transactional(readOnly = true)
  public StaffIdentity identity(long accountId) {
    return rows.byId(accountId)
        .map(StaffAccount::identity)
        .orElseThrow(() -> new NoSuchElementException("account " + accountId));
  }

  /** Accounts an administrator or inspector may see: those of the units in their data scope. */
  @Transactional(readOnly = true)
  public List<StaffAccountView> visibleTo(StaffIdentity viewer) {
    requireAny(viewer, Role.ADMINISTRATOR, Role.INSPECTOR);
    return rows.inUnits(directory.unitsVisibleTo(viewer)).stream().map(StaffAccount::view).toList();
  }

  @Transactional(readOnly = true)
  public StaffAccountView view(StaffIdentity viewer, long accountId) {
    requireAny(viewer, Role.ADMINISTRATOR, Role.INSPECTOR);
    return inScope(viewer, accountId).view();
  }

  /** Whether the account lies in the viewer's scope (used before acting on its credentials). */
  @Transactional(readOnly = true)
  public boolean manages(StaffIdentity administrator, long accountId) {
    return administrator.hasRole(Role.ADMINISTRATOR)
        && rows.byId(accountId)
            .filter(a -> directory.unitsVisibleTo(administrator).contains(a.unitId()))
            .isPresent();
  }

  public long open(StaffIdentity administrator, NewStaffAccount command) {
    requireAny(administrator, Role.ADMINISTRATOR);
    if (!directory.unitsVisibleTo(administrator).contains(command.unitId())) {
      throw new AccessDeniedException("unit " + command.unitId() + " is outside the data scope");
    }
    if (command.dataScope() == DataScope.UNIT_AND_SUBORDINATES
        && administrator.dataScope() == DataScope.OWN_UNIT) {
      throw new AccessDeniedException(
          "an administrator cannot open an account that sees beyond their own scope");
    }
    requireGrantable(administrator, command.roles());
    return openUnchecked(command);
  }

  /** Opens an account without an acting administrator: for the installer and demo data. */
  long openUnchecked(NewStaffAccount command) {
    if (rows.usernameTaken(command.username())) {
      throw BadInput.at(
          "username", "organisation.staff-accounts.username.taken", command.username());
    }
    units
        .byId(command.unitId())
        .orElseThrow(
            () ->
                BadInput.at(
                    "unitId", "organisation.staff-accounts.unit.unknown", command.unitId()));
    if (command.departmentId() != null
        && units.departments(command.unitId()).stream()
            .noneMatch(d -> d.id() == command.departmentId())) {
      throw BadInput.at("departmentId", "organisation.staff-accounts.department.not-of-unit");
    }
    return rows.insert(command, clock.instant());
  }

  public void disable(StaffIdentity administrator, long accountId) {
    requireAny(administrator, Role.ADMINISTRATOR);
    if (administrator.accountId() == accountId) {
      throw new IllegalStateException("administrators cannot disable their own account");
    }
    StaffAccount account = inScope(administrator, accountId);
    account.disable();
    rows.update(account);
  }

  public void enable(StaffIdentity administrator, long accountId) {
    requireAny(administrator, Role.ADMINISTRATOR);
    StaffAccount account = inScope(administrator, accountId);
    account.enable();
    rows.update(account);
  }

  public void assign(
      StaffIdentity administrator, long accountId, Set<Role> roles, DataScope scope) {
    requireAny(administrator, Role.ADMINISTRATOR);
    StaffAccount account = inScope(administrator, accountId);
    requireGrantable(administrator, roles);
    account.assign(roles, scope);
    rows.update(account);
  }

  private void requireGrantable(StaffIdentity administrator, Set<Role> roles) {
    if (!policy.mayGrant(directory.get(administrator.unitId()).level(), roles)) {
      throw BadInput.at("roles", "organisation.staff-accounts.roles.not-grantable");
    }
  }

  private StaffAccount inScope(StaffIdentity viewer, long accountId) {
    return rows.byId(accountId)
        .filter(a -> directory.unitsVisibleTo(viewer).contains(a.unitId()))
        .orElseThrow(() -> new NoSuchElementException("account " + accountId));
  }

  private static void requireAny(StaffIdentity viewer, Role... roles) {
    for (Role role : roles) {
      if (viewer.hasRole(role)) {
        return;
      }
    }
    throw new AccessDeniedException("requires one of " + List.of(roles));
  }
}
