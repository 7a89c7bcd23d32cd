package org.sunshine.platform.approval;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;

/** The approval tables. */
@Repository
class ApprovalRows {

  private static final String COLUMNS =
      "id, subject_type, subject_id, chain, label, unit_id, steps, current_step, status,"
          + " content_hash, submitted_by, submitted_at, due_on";

  private final JdbcClient jdbc;
  private final StaffAccounts accounts;

  ApprovalRows(JdbcClient jdbc, StaffAccounts accounts) {
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  long insert(
      String subjectType,
      long subjectId,
      String chain,
      String label,
      long unitId,
      List<Role> steps,
      String contentHash,
      String submittedBy,
      Instant at,
      LocalDate dueOn) {
    return jdbc.sql(
            """
            insert into approval (subject_type, subject_id, chain, label, unit_id, steps, current_step, status,
                                  content_hash, submitted_by, submitted_at, due_on)
            values (?, ?, ?, ?, ?, ?, 0, 'PENDING', ?, ?, ?, ?) returning id""")
        .params(
            subjectType,
            subjectId,
            chain,
            label.length() > 300 ? label.substring(0, 300) : label,
            unitId,
            String.join(",", steps.stream().map(Role::name).toList()),
            contentHash,
            submittedBy,
            Timestamp.from(at),
            dueOn == null ? null : Date.valueOf(dueOn))
        .query(Long.class)
        .single();
  }

  void decision(
      long approvalId,
      int step,
      Role role,
      String actor,
      String decision,
      String comment,
      String contentHash,
      Instant at) {
    jdbc.sql(
            """
            insert into approval_decision (approval_id, step, role, actor, decision, comment, content_hash, decided_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            approvalId,
            step,
            role.name(),
            actor,
            decision,
            comment,
            contentHash,
            Timestamp.from(at))
        .update();
  }

  /** Moves a pending approval on; false when someone else moved it first. */
  boolean advance(long id, int fromStep, int toStep, ApprovalStatus status, Instant at) {
    return jdbc.sql(
                """
                update approval set current_step = ?, status = ?,
                       finished_at = case when ? <> 'PENDING' then cast(? as timestamptz) end
                where id = ? and current_step = ? and status = 'PENDING'""")
            .params(toStep, status.name(), status.name(), Timestamp.from(at), id, fromStep)
            .update()
        == 1;
  }

  Optional<ApprovalView> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from approval where id = ?")
        .param(id)
        .query((rs, n) -> view(rs))
        .optional()
        .map(this::withDecisions);
  }

  List<ApprovalView> ofSubject(String subjectType, long subjectId) {
    return jdbc
        .sql(
            "select "
                + COLUMNS
                + " from approval where subject_type = ? and subject_id = ? order by id desc")
        .params(subjectType, subjectId)
        .query((rs, n) -> view(rs))
        .list()
        .stream()
        .map(this::withDecisions)
        .toList();
  }

  List<ApprovalView> pendingIn(long unitId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from approval where unit_id = ? and status = 'PENDING' order by due_on nulls last, id")
        .param(unitId)
        .query((rs, n) -> view(rs))
        .list();
  }

  /** The name people know a decider by; the login name only for an account since removed. */
  private String displayName(String username) {
    return accounts.identity(username).map(i -> i.displayName()).orElse(username);
  }

  private ApprovalView withDecisions(ApprovalView v) {
    List<ApprovalDecision> decisions =
        jdbc.sql(
                """
                select step, role, actor, decision, comment, content_hash, decided_at
                from approval_decision where approval_id = ? order by id""")
            .param(v.id())
            .query(
                (rs, n) ->
                    new ApprovalDecision(
                        rs.getInt("step"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("actor"),
                        displayName(rs.getString("actor")),
                        rs.getString("decision"),
                        rs.getString("comment"),
                        rs.getString("content_hash"),
                        rs.getTimestamp("decided_at").toInstant()))
            .list();
    return new ApprovalView(
        v.id(),
        v.subjectType(),
        v.subjectId(),
        v.chain(),
        v.label(),
        v.unitId(),
        v.steps(),
        v.currentStep(),
        v.status(),
        v.contentHash(),
        v.submittedBy(),
        v.submittedAt(),
        v.dueOn(),
        decisions);
  }

  private static ApprovalView view(ResultSet rs) throws SQLException {
    Date due = rs.getDate("due_on");
    return new ApprovalView(
        rs.getLong("id"),
        rs.getString("subject_type"),
        rs.getLong("subject_id"),
        rs.getString("chain"),
        rs.getString("label"),
        rs.getLong("unit_id"),
        Arrays.stream(rs.getString("steps").split(",")).map(Role::valueOf).toList(),
        rs.getInt("current_step"),
        ApprovalStatus.valueOf(rs.getString("status")),
        rs.getString("content_hash"),
        rs.getString("submitted_by"),
        rs.getTimestamp("submitted_at").toInstant(),
        due == null ? null : due.toLocalDate(),
        List.of());
  }
}
