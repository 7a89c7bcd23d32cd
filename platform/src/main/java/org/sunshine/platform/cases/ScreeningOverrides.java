package org.sunshine.platform.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Forbidden;

/**
 * Overriding the machine's screening: 案管 or the handler asks with a reason, the deputy chief or the
 * chief of the unit (never the one who asked) approves or refuses. Only an approved override lifts
 * a finding, and only for the parties the rule had found when it was asked.
 */
@Service
class ScreeningOverrides {

  /** A request to lift one rule's finding on a case, and its decision when there is one. */
  public record OverrideView(
      long id,
      String ruleId,
      String reason,
      String requestedBy,
      Boolean approved,
      String decidedBy) {}

  private final JdbcClient jdbc;
  private final CaseRows rows;
  private final Directory directory;
  private final AuditLog audit;
  private final Clock clock;

  ScreeningOverrides(
      JdbcClient jdbc, CaseRows rows, Directory directory, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.rows = rows;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long request(StaffIdentity staff, long caseId, String ruleId, String reason) {
    if (!staff.hasRole(Role.CASE_MANAGEMENT) && !staff.hasRole(Role.CASE_HANDLER)) {
      throw Forbidden.of("cases.screening-overrides.forbidden");
    }
    inScope(staff, caseId);
    boolean fired =
        jdbc.sql("select count(*) from screening_result where case_id = ? and rule_id = ?")
                .params(caseId, ruleId)
                .query(Long.class)
                .single()
            > 0;
    if (!fired) {
      throw BadInput.at("ruleId", "cases.screening-overrides.rule.not-applied");
    }
    if (reason == null || reason.isBlank()) {
      throw BadInput.at("reason", "cases.screening-overrides.reason.required");
    }
    long id =
        jdbc.sql(
                """
            insert into screening_override (case_id, rule_id, reason, requested_by, requested_at)
            values (?, ?, ?, ?, ?) returning id""")
            .params(
                caseId, ruleId, reason.strip(), staff.username(), Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    jdbc.sql(
            """
            insert into screening_override_party (override_id, party_id)
            select distinct ?, party_id from screening_result where case_id = ? and rule_id = ? and party_id is not null""")
        .params(id, caseId, ruleId)
        .update();
    audit.record(
        staff.username(),
        staff.unitId(),
        "REQUEST_SCREENING_OVERRIDE",
        AuditLog.CASE,
        String.valueOf(caseId),
        ruleId,
        Channel.CONSOLE);
    return id;
  }

  @Transactional
  public void decide(StaffIdentity staff, long overrideId, boolean approve) {
    if (!staff.hasRole(Role.DEPUTY_CHIEF) && !staff.hasRole(Role.CHIEF_PROCURATOR)) {
      throw new AccessDeniedException("overrides are approved by the deputy chief or the chief");
    }
    var row =
        jdbc.sql(
                "select case_id, requested_by, approved from screening_override where id = ? for update")
            .param(overrideId)
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3)})
            .optional()
            .orElseThrow(() -> new NoSuchElementException("override " + overrideId));
    long caseId = (Long) row[0];
    inScope(staff, caseId);
    if (row[2] != null) {
      throw new IllegalStateException("override " + overrideId + " is already decided");
    }
    if (staff.username().equals(row[1])) {
      throw new IllegalStateException("nobody approves their own request");
    }
    jdbc.sql(
            "update screening_override set approved = ?, decided_by = ?, decided_at = ? where id = ?")
        .params(approve, staff.username(), Timestamp.from(clock.instant()), overrideId)
        .update();
    audit.record(
        staff.username(),
        staff.unitId(),
        approve ? "APPROVE_SCREENING_OVERRIDE" : "REFUSE_SCREENING_OVERRIDE",
        AuditLog.CASE,
        String.valueOf(caseId),
        String.valueOf(overrideId),
        Channel.CONSOLE);
  }

  @Transactional(readOnly = true)
  public List<OverrideView> of(StaffIdentity staff, long caseId) {
    inScope(staff, caseId);
    return jdbc.sql(
            "select id, rule_id, reason, requested_by, approved, decided_by from screening_override"
                + " where case_id = ? order by id")
        .param(caseId)
        .query(
            (rs, n) ->
                new OverrideView(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    (Boolean) rs.getObject(5),
                    rs.getString(6)))
        .list();
  }

  private void inScope(StaffIdentity staff, long caseId) {
    rows.byId(caseId)
        .filter(c -> directory.unitsVisibleTo(staff).contains(c.unitId()))
        .orElseThrow(() -> new NoSuchElementException("case " + caseId));
  }
}
