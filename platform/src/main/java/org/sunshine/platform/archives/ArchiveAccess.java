package org.sunshine.platform.archives;

import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.Forbidden;

/**
 * Who may see and take a unit's archive: 案管, the inspectors and the unit's leaders, for the units
 * of their data scope (a county its own, an upper unit its subordinates too). A unit outside the
 * scope answers as if it did not exist. Only 案管 generates packages and edits annual reports.
 */
@Component
class ArchiveAccess {

  private static final Set<Role> READERS =
      Set.of(Role.CASE_MANAGEMENT, Role.INSPECTOR, Role.DEPUTY_CHIEF, Role.CHIEF_PROCURATOR);

  private final Directory directory;

  ArchiveAccess(Directory directory) {
    this.directory = directory;
  }

  boolean reads(StaffIdentity me) {
    return READERS.stream().anyMatch(me::hasRole);
  }

  Set<Long> units(StaffIdentity me) {
    if (!reads(me)) {
      throw Forbidden.of("archives.archive-access.read.forbidden");
    }
    return directory.unitsVisibleTo(me);
  }

  /** The unit, if the viewer may read it; otherwise "not found". */
  long read(StaffIdentity me, long unitId) {
    if (!units(me).contains(unitId)) {
      throw new NoSuchElementException("unit " + unitId);
    }
    return unitId;
  }

  /** The unit, if the viewer is 案管 with it in scope. */
  long manage(StaffIdentity me, long unitId) {
    read(me, unitId);
    if (!me.hasRole(Role.CASE_MANAGEMENT)) {
      throw Forbidden.of("archives.archive-access.write.forbidden");
    }
    return unitId;
  }

  /**
   * A unit's annual report is its own: its 案管 edits and submits it; an upper unit reads it (and its
   * leaders approve through the chain), but does not write another unit's report.
   */
  void ownReport(StaffIdentity me, long unitId) {
    manage(me, unitId);
    if (me.unitId() != unitId) {
      throw Forbidden.of("archives.archive-access.report.forbidden");
    }
  }
}
