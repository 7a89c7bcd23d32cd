package org.sunshine.platform.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ballots of a split deployment: read from the invitations inside, kept in {@code
 * survey_ballot} outside.
 */
@Repository
class BallotRows {

  private static final String BALLOT_COLUMNS =
      "id, origin_id, token_hash, unit_id, answer_by, status,"
          + " s_procedure, s_ability, s_civility, s_integrity, answered_at";

  private final JdbcClient jdbc;

  BallotRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An invitation as its ballot (internal node). */
  Optional<SurveyBallots.Ballot> ofInvitation(long invitationId) {
    return jdbc.sql(
            "select id, token_hash, unit_id, answer_by, status from survey_invitation where id = ?")
        .param(invitationId)
        .query(
            (rs, n) ->
                new SurveyBallots.Ballot(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5)))
        .optional();
  }

  /** When an invitation's SMS was sent (internal node). */
  Instant sentAt(long invitationId) {
    return jdbc.sql("select sent_at from survey_invitation where id = ?")
        .param(invitationId)
        .query(Timestamp.class)
        .single()
        .toInstant();
  }

  /** The invitations still open on that day (internal node): what a new public node is sent. */
  List<Long> openInvitations(LocalDate today) {
    return jdbc.sql(
            "select id from survey_invitation where status = 'ASKED' and answer_by >= ? order by id")
        .param(today)
        .query(Long.class)
        .list();
  }

  /**
   * Takes the inside's state of a ballot (public node). An answer given here and not yet taken
   * inside is not undone by an older "asked" from there; once the inside says it is answered (or
   * opted out of), the scores kept here are dropped: the internet-facing node keeps no answer.
   */
  void upsert(SurveyBallots.Ballot b, Instant now) {
    jdbc.sql(
            """
            insert into survey_ballot (origin_id, token_hash, unit_id, answer_by, status, updated_at)
            values (:origin, :hash, :unit, :by, :status, :now)
            on conflict (origin_id) do update set
              unit_id = excluded.unit_id, answer_by = excluded.answer_by, updated_at = excluded.updated_at,
              status = case when survey_ballot.status = 'ANSWERED' and excluded.status = 'ASKED'
                            then survey_ballot.status else excluded.status end,
              s_procedure = case when excluded.status = 'ASKED' then survey_ballot.s_procedure end,
              s_ability = case when excluded.status = 'ASKED' then survey_ballot.s_ability end,
              s_civility = case when excluded.status = 'ASKED' then survey_ballot.s_civility end,
              s_integrity = case when excluded.status = 'ASKED' then survey_ballot.s_integrity end""")
        .param("origin", b.originId())
        .param("hash", b.tokenHash())
        .param("unit", b.unitId())
        .param("by", b.answerBy())
        .param("status", b.status())
        .param("now", Timestamp.from(now))
        .update();
  }

  /** The ballot of a token's hash, locked when it is to be answered (public node). */
  Optional<StoredBallot> byTokenHash(String hash, boolean lock) {
    return jdbc.sql(
            "select "
                + BALLOT_COLUMNS
                + " from survey_ballot where token_hash = ?"
                + (lock ? " for update" : ""))
        .param(hash)
        .query(BallotRows::stored)
        .optional();
  }

  /** The ballot of an invitation, by its id inside (public node). */
  Optional<StoredBallot> byOrigin(long originId) {
    return jdbc.sql("select " + BALLOT_COLUMNS + " from survey_ballot where origin_id = ?")
        .param(originId)
        .query(BallotRows::stored)
        .optional();
  }

  void answered(long id, Map<Dimension, Score> s, Instant at) {
    jdbc.sql(
            """
            update survey_ballot set status = 'ANSWERED', s_procedure = ?, s_ability = ?,
              s_civility = ?, s_integrity = ?, answered_at = ?, updated_at = ?
            where id = ?""")
        .params(
            s.get(Dimension.PROCEDURE).number(),
            s.get(Dimension.ABILITY).number(),
            s.get(Dimension.CIVILITY).number(),
            s.get(Dimension.INTEGRITY).number(),
            Timestamp.from(at),
            Timestamp.from(at),
            id)
        .update();
  }

  /**
   * Drops the ballots whose last day is before that day and that hold no answer on its way in
   * (public node): an answer given here stays until the inside has taken it.
   */
  int purgeClosedBefore(LocalDate day) {
    return jdbc.sql("delete from survey_ballot where answer_by < ? and s_procedure is null")
        .param(day)
        .update();
  }

  /** A ballot as the public node keeps it, with the answer given there, if any. */
  record StoredBallot(
      long id,
      long originId,
      long unitId,
      LocalDate answerBy,
      Invitation.Status status,
      List<Integer> scores,
      Instant answeredAt) {}

  private static StoredBallot stored(ResultSet rs, int n) throws SQLException {
    Timestamp answered = rs.getTimestamp("answered_at");
    List<Integer> scores =
        rs.getObject("s_procedure") == null
            ? List.of()
            : List.of(
                rs.getInt("s_procedure"),
                rs.getInt("s_ability"),
                rs.getInt("s_civility"),
                rs.getInt("s_integrity"));
    return new StoredBallot(
        rs.getLong("id"),
        rs.getLong("origin_id"),
        rs.getLong("unit_id"),
        rs.getObject("answer_by", LocalDate.class),
        Invitation.Status.valueOf(rs.getString("status")),
        scores,
        answered == null ? null : answered.toInstant());
  }
}
