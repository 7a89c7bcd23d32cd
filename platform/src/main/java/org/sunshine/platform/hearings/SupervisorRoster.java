package org.sunshine.platform.hearings;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Forbidden;

/**
 * A unit's roster of 人民监督员, kept by its 案管: who may be drawn for its hearings ({@link
 * SupervisorDraw} draws from the active ones). Mobiles are personal data: every look is audited.
 */
@Service
public class SupervisorRoster {

  private final HearingRows rows;
  private final AuditLog audit;
  private final Clock clock;

  SupervisorRoster(HearingRows rows, AuditLog audit, Clock clock) {
    this.rows = rows;
    this.audit = audit;
    this.clock = clock;
  }

  /** Adds a 人民监督员 to the roster of the staff member's unit (案管 keeps it). */
  @Transactional
  public long addSupervisor(StaffIdentity staff, String name, String mobile, String occupation) {
    keepsRoster(staff);
    if (name == null || name.isBlank() || name.length() > 50) {
      throw BadInput.at("name", "hearings.supervisor-roster.name.required");
    }
    String m = mobile == null ? "" : mobile.replaceAll("[\\s-]", "");
    if (!m.matches("1\\d{10}")) {
      throw BadInput.at("mobile", "hearings.supervisor-roster.mobile.format");
    }
    if (rows.supervisorMobileTaken(staff.unitId(), m)) {
      throw BadInput.at("mobile", "hearings.supervisor-roster.mobile.taken");
    }
    long id =
        rows.addSupervisor(
            staff.unitId(),
            name.strip(),
            m,
            occupation == null || occupation.isBlank() ? null : occupation.strip(),
            clock.instant());
    record(staff, "ADD_SUPERVISOR", id, name.strip());
    return id;
  }

  @Transactional
  public void setSupervisorActive(StaffIdentity staff, long supervisorId, boolean active) {
    keepsRoster(staff);
    rows.setActive(supervisorId, staff.unitId(), active);
    record(staff, active ? "RESTORE_SUPERVISOR" : "RETIRE_SUPERVISOR", supervisorId, "");
  }

  /** The unit's roster with mobiles: its keeper only, each look audited. */
  @Transactional
  List<HearingRows.Supervisor> roster(StaffIdentity staff) {
    keepsRoster(staff);
    record(staff, "VIEW_SUPERVISOR_ROSTER", staff.unitId(), "");
    return rows.roster(staff.unitId());
  }

  private static void keepsRoster(StaffIdentity staff) {
    if (!staff.hasRole(Role.CASE_MANAGEMENT)) {
      throw Forbidden.of("hearings.supervisor-roster.forbidden");
    }
  }

  // Recorded as before the roster had its own class: on the hearings' audit subject.
  private void record(StaffIdentity staff, String action, long id, String detail) {
    audit.record(
        staff.username(),
        staff.unitId(),
        action,
        Hearings.SUBJECT,
        Long.toString(id),
        detail,
        Channel.CONSOLE);
  }
}
