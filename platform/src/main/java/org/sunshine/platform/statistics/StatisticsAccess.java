package org.sunshine.platform.statistics;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.Forbidden;

/**
 * Who sees which unit's figures: 案管, the inspectors, the unit's leaders and department heads, for
 * the units of their data scope (a county its own, an upper unit its subordinates too).
 */
@Component
class StatisticsAccess {

  private static final Set<Role> READERS =
      Set.of(
          Role.CASE_MANAGEMENT,
          Role.INSPECTOR,
          Role.DEPUTY_CHIEF,
          Role.CHIEF_PROCURATOR,
          Role.DEPARTMENT_HEAD);

  private final Directory directory;

  StatisticsAccess(Directory directory) {
    this.directory = directory;
  }

  /**
   * The unit asked for (the viewer's own by default), if the viewer may see it; rolled up ({@code
   * own} false) needs every unit below it in scope.
   */
  long unit(StaffIdentity me, Long unit, boolean own) {
    if (READERS.stream().noneMatch(me::hasRole)) {
      throw Forbidden.of("statistics.statistics-access.forbidden");
    }
    long u = unit == null ? me.unitId() : unit;
    Set<Long> visible = directory.unitsVisibleTo(me);
    if (!visible.contains(u) || (!own && !visible.containsAll(directory.selfAndDescendants(u)))) {
      throw new AccessDeniedException("unit " + u + " is outside the viewer's scope");
    }
    return u;
  }

  /** Whether the viewer sees the units below theirs (else they see their own documents only). */
  boolean seesBelow(StaffIdentity me, long unit) {
    return directory.unitsVisibleTo(me).containsAll(directory.selfAndDescendants(unit));
  }
}
