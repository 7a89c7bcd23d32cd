package org.sunshine.platform.petitions;

import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;
import org.sunshine.platform.approval.ApprovalView;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.Forbidden;

/**
 * Who may see and act on a petition: 控申 of the units in their scope see all of them and act on
 * their own unit's; a department sees and answers what was assigned to it. A petition outside one's
 * reach answers as if it did not exist.
 */
@Component
class PetitionAccess {

  private final PetitionRows rows;
  private final Directory directory;
  private final Approvals approvals;

  PetitionAccess(PetitionRows rows, Directory directory, Approvals approvals) {
    this.rows = rows;
    this.directory = directory;
    this.approvals = approvals;
  }

  static boolean office(StaffIdentity staff) {
    return staff.hasRole(Role.PETITIONS_OFFICE);
  }

  boolean sees(StaffIdentity staff, Petition p) {
    if (!directory.unitsVisibleTo(staff).contains(p.unitId)) {
      return false;
    }
    return office(staff)
        || (p.departmentId != null
            && p.departmentId.equals(staff.departmentId())
            && staff.unitId() == p.unitId);
  }

  /**
   * Whether the step of the matter's extension approval now waiting is this staff member's (who
   * then reads the matter to decide on it).
   */
  boolean decidesExtension(StaffIdentity staff, long id) {
    return approvals
        .pendingFor(PetitionExtensions.SUBJECT, id)
        .map(a -> waitsFor(staff, a))
        .orElse(false);
  }

  private static boolean waitsFor(StaffIdentity staff, ApprovalView a) {
    Role role = a.waitingFor();
    return staff.unitId() == a.unitId()
        && !a.submittedBy().equals(staff.username())
        && (staff.hasRole(role)
            || role == Role.DEPUTY_CHIEF && staff.hasRole(Role.CHIEF_PROCURATOR));
  }

  PetitionRows.Row readable(StaffIdentity staff, long id) {
    PetitionRows.Row row = rows.find(id).orElseThrow(NoSuchElementException::new);
    if (!sees(staff, row.petition()) && !decidesExtension(staff, id)) {
      throw new NoSuchElementException("petition " + id);
    }
    return row;
  }

  /** Locked for a 控申 step of the petition's own unit. */
  PetitionRows.Row forOffice(StaffIdentity staff, long id) {
    PetitionRows.Row row = locked(staff, id);
    if (!office(staff) || staff.unitId() != row.petition().unitId) {
      throw Forbidden.of("petitions.petition-access.step.forbidden");
    }
    return row;
  }

  /** Locked for an answer by the assigned department (or 控申 of the unit). */
  PetitionRows.Row forHandler(StaffIdentity staff, long id) {
    PetitionRows.Row row = locked(staff, id);
    if (staff.unitId() != row.petition().unitId) {
      throw Forbidden.of("petitions.petition-access.reply.forbidden");
    }
    return row;
  }

  private PetitionRows.Row locked(StaffIdentity staff, long id) {
    readable(staff, id);
    return rows.lock(id).orElseThrow(NoSuchElementException::new);
  }
}
