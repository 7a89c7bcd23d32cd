package org.sunshine.platform.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for follow-ups. */
@Repository
class FollowUpRows {

  private static final String COLUMNS =
      "f.id, f.unit_id, f.department_id, f.case_number, i.respondent, f.dimensions, f.opened_on,"
          + " f.due_on, f.closed_at, f.closed_by, f.note";
  private static final String FROM =
      " from survey_follow_up f join survey_invitation i on i.id = f.invitation_id";

  private final JdbcClient jdbc;

  FollowUpRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens the follow-up of an invitation once. */
  /** Whether it was opened now (false when the invitation already had one). */
  boolean open(Invitation i, String dimensions, LocalDate openedOn, LocalDate dueOn) {
    return jdbc.sql(
                """
            insert into survey_follow_up (invitation_id, unit_id, department_id, case_id, case_number, dimensions,
                                          opened_on, due_on)
            values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (invitation_id) do nothing""")
            .params(
                i.id, i.unitId, i.departmentId, i.caseId, i.caseNumber, dimensions, openedOn, dueOn)
            .update()
        == 1;
  }

  Optional<FollowUp> byId(long id) {
    return jdbc.sql("select " + COLUMNS + FROM + " where f.id = ? for update of f")
        .param(id)
        .query(FollowUpRows::followUp)
        .optional();
  }

  Optional<FollowUp> ofInvitation(long invitationId) {
    return jdbc.sql("select " + COLUMNS + FROM + " where f.invitation_id = ?")
        .param(invitationId)
        .query(FollowUpRows::followUp)
        .optional();
  }

  /** The units' follow-ups, open ones first (earliest due first), then the latest closed. */
  List<FollowUp> of(Collection<Long> units, int limit) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + FROM
                + " where f.unit_id in (:units)"
                + " order by f.closed_at is not null, f.due_on, f.closed_at desc, f.id limit :limit")
        .param("units", List.copyOf(units))
        .param("limit", limit)
        .query(FollowUpRows::followUp)
        .list();
  }

  void save(FollowUp f) {
    jdbc.sql("update survey_follow_up set closed_at = ?, closed_by = ?, note = ? where id = ?")
        .params(Timestamp.from(f.closedAt()), f.closedBy(), f.note(), f.id)
        .update();
  }

  private static FollowUp followUp(ResultSet rs, int n) throws SQLException {
    Timestamp closed = rs.getTimestamp(9);
    return new FollowUp(
        rs.getLong(1),
        rs.getLong(2),
        (Long) rs.getObject(3),
        rs.getString(4),
        Invitation.Respondent.valueOf(rs.getString(5)),
        rs.getString(6),
        rs.getObject(7, LocalDate.class),
        rs.getObject(8, LocalDate.class),
        closed == null ? null : closed.toInstant(),
        rs.getString(10),
        rs.getString(11));
  }
}
