package org.sunshine.platform.petitions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ended rounds of reopened petitions. A reopening gives the matter fresh clocks; the round that
 * ended keeps its own, so that the figures of the month it was received in stay as they were.
 */
@Repository
class PetitionRounds {

  private final JdbcClient jdbc;

  PetitionRounds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps the round about to end, with the dates its clocks ran on. */
  void keep(Petition p) {
    jdbc.sql(
            """
            insert into petition_round (petition_id, round, state, received_on, complete_on,
              procedural_reply_on, answered_on, last_progress_on, concluded_on, extended, outcome)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            p.id,
            p.round,
            p.state.name(),
            PetitionRows.date(p.receivedOn),
            PetitionRows.date(p.completeOn),
            PetitionRows.date(p.proceduralReplyOn),
            PetitionRows.date(p.answeredOn),
            PetitionRows.date(p.lastProgressOn),
            PetitionRows.date(p.concludedOn),
            p.extended,
            p.outcome == null ? null : p.outcome.name())
        .update();
  }

  /** Every ended round of a unit's matters received in [from, to), as the matter stood then. */
  List<Petition> received(long unitId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            select p.*, r.round as r_round, r.state as r_state, r.received_on as r_received_on,
              r.complete_on as r_complete_on, r.procedural_reply_on as r_procedural_reply_on,
              r.answered_on as r_answered_on, r.last_progress_on as r_last_progress_on,
              r.concluded_on as r_concluded_on, r.extended as r_extended, r.outcome as r_outcome
            from petition_round r join petition p on p.id = r.petition_id
            where p.unit_id = ? and r.received_on >= ? and r.received_on < ?
            order by p.id, r.round
            """)
        .params(unitId, Date.valueOf(from), Date.valueOf(to))
        .query(PetitionRounds::asThen)
        .list();
  }

  private static Petition asThen(ResultSet rs, int n) throws SQLException {
    Petition p = PetitionRows.map(rs, n).petition();
    p.round = rs.getInt("r_round");
    p.state = PetitionState.valueOf(rs.getString("r_state"));
    p.receivedOn = rs.getDate("r_received_on").toLocalDate();
    p.completeOn = PetitionRows.local(rs, "r_complete_on");
    p.proceduralReplyOn = PetitionRows.local(rs, "r_procedural_reply_on");
    p.answeredOn = PetitionRows.local(rs, "r_answered_on");
    p.lastProgressOn = PetitionRows.local(rs, "r_last_progress_on");
    p.concludedOn = PetitionRows.local(rs, "r_concluded_on");
    p.extended = rs.getBoolean("r_extended");
    String outcome = rs.getString("r_outcome");
    p.outcome = outcome == null ? null : Outcome.valueOf(outcome);
    return p;
  }
}
