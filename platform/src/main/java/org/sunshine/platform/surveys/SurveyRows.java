package org.sunshine.platform.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for rounds, invitations and opt-outs. */
@Repository
class SurveyRows {

  record Round(long id, LocalDate month, LocalDate heldOn, LocalDate from, LocalDate to) {}

  /** A new invitation, before it is stored. */
  record NewInvitation(
      long roundId,
      long caseId,
      String caseNumber,
      long unitId,
      Long departmentId,
      Invitation.Respondent respondent,
      String recipient,
      String mobile,
      String tokenHash,
      Instant sentAt,
      LocalDate answerBy) {}

  /** One invitation as the results count it: no case, no person. */
  record Counted(
      long unitId, Long departmentId, Invitation.Status status, Map<Dimension, Score> scores) {}

  private static final String INVITATION_COLUMNS =
      "id, case_id, case_number, unit_id, department_id, respondent, recipient, mobile, answer_by, status,"
          + " s_procedure, s_ability, s_civility, s_integrity, answered_at, channel, bad_replies,"
          + " help_sent_at";

  private final JdbcClient jdbc;

  SurveyRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The round of a month, created on the first call; empty when it existed already. */
  Optional<Round> openRound(
      LocalDate month, LocalDate heldOn, LocalDate from, LocalDate to, Instant at) {
    return jdbc.sql(
            """
            insert into survey_round (month, held_on, concluded_from, concluded_to, held_at)
            values (?, ?, ?, ?, ?) on conflict (month) do nothing
            returning id, month, held_on, concluded_from, concluded_to""")
        .params(month, heldOn, from, to, Timestamp.from(at))
        .query(SurveyRows::round)
        .optional();
  }

  Optional<Round> round(LocalDate month) {
    return jdbc.sql(
            "select id, month, held_on, concluded_from, concluded_to from survey_round where month = ?")
        .param(month)
        .query(SurveyRows::round)
        .optional();
  }

  /** Months with a round, newest first. */
  List<LocalDate> months() {
    return jdbc.sql("select month from survey_round order by month desc")
        .query(LocalDate.class)
        .list();
  }

  private static Round round(ResultSet rs, int n) throws SQLException {
    return new Round(
        rs.getLong(1),
        rs.getObject(2, LocalDate.class),
        rs.getObject(3, LocalDate.class),
        rs.getObject(4, LocalDate.class),
        rs.getObject(5, LocalDate.class));
  }

  /** The id of the new invitation; empty when the number was asked about the case already. */
  Optional<Long> insert(NewInvitation i) {
    return jdbc.sql(
            """
            insert into survey_invitation (round_id, case_id, case_number, unit_id, department_id, respondent,
                                           recipient, mobile, token_hash, status, sent_at, answer_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ASKED', ?, ?)
            on conflict (case_id, mobile) do nothing returning id""")
        .params(
            i.roundId(),
            i.caseId(),
            i.caseNumber(),
            i.unitId(),
            i.departmentId(),
            i.respondent().name(),
            i.recipient(),
            i.mobile(),
            i.tokenHash(),
            Timestamp.from(i.sentAt()),
            i.answerBy())
        .query(Long.class)
        .optional();
  }

  /** The mobile numbers already asked about these cases. */
  Set<String> askedAbout(long caseId) {
    return new TreeSet<>(
        jdbc.sql("select mobile from survey_invitation where case_id = ?")
            .param(caseId)
            .query(String.class)
            .list());
  }

  Set<String> optedOut(Collection<String> mobiles) {
    if (mobiles.isEmpty()) {
      return Set.of();
    }
    return new TreeSet<>(
        jdbc.sql("select mobile from survey_opt_out where mobile in (:m)")
            .param("m", List.copyOf(mobiles))
            .query(String.class)
            .list());
  }

  void optOut(String mobile, String via, Instant at) {
    jdbc.sql(
            "insert into survey_opt_out (mobile, opted_out_at, via) values (?, ?, ?)"
                + " on conflict (mobile) do nothing")
        .params(mobile, Timestamp.from(at), via)
        .update();
  }

  Optional<Invitation> byTokenHash(String hash) {
    return jdbc.sql("select " + INVITATION_COLUMNS + " from survey_invitation where token_hash = ?")
        .param(hash)
        .query(SurveyRows::invitation)
        .optional();
  }

  Optional<Invitation> byId(long id) {
    return jdbc.sql(
            "select " + INVITATION_COLUMNS + " from survey_invitation where id = ? for update")
        .param(id)
        .query(SurveyRows::invitation)
        .optional();
  }

  /** The invitations to this number not answered or opted out of, newest first, locked. */
  List<Invitation> asked(String mobile) {
    return jdbc.sql(
            "select "
                + INVITATION_COLUMNS
                + " from survey_invitation where mobile = ? and status = 'ASKED'"
                + " order by sent_at desc, id desc for update")
        .param(mobile)
        .query(SurveyRows::invitation)
        .list();
  }

  void save(Invitation i) {
    Map<Dimension, Score> s = i.scores();
    jdbc.sql(
            """
            update survey_invitation set status = ?, s_procedure = ?, s_ability = ?, s_civility = ?,
              s_integrity = ?, answered_at = ?, channel = ?, bad_replies = ?, help_sent_at = ?
            where id = ?""")
        .params(
            i.status().name(),
            number(s.get(Dimension.PROCEDURE)),
            number(s.get(Dimension.ABILITY)),
            number(s.get(Dimension.CIVILITY)),
            number(s.get(Dimension.INTEGRITY)),
            i.answeredAt() == null ? null : Timestamp.from(i.answeredAt()),
            i.channel(),
            i.badReplies(),
            i.helpSentAt() == null ? null : Timestamp.from(i.helpSentAt()),
            i.id)
        .update();
  }

  /** Every invitation of a round in these units, as the results count them. */
  List<Counted> counted(long roundId, Collection<Long> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select unit_id, department_id, status, s_procedure, s_ability, s_civility, s_integrity
            from survey_invitation where round_id = :round and unit_id in (:units)""")
        .param("round", roundId)
        .param("units", List.copyOf(units))
        .query(
            (rs, n) ->
                new Counted(
                    rs.getLong(1),
                    (Long) rs.getObject(2),
                    Invitation.Status.valueOf(rs.getString(3)),
                    scores(rs, 4)))
        .list();
  }

  private static Integer number(Score s) {
    return s == null ? null : s.number();
  }

  private static Map<Dimension, Score> scores(ResultSet rs, int first) throws SQLException {
    Map<Dimension, Score> scores = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      int n = rs.getInt(first + d.ordinal());
      if (!rs.wasNull()) {
        scores.put(d, Score.of(n));
      }
    }
    return scores;
  }

  private static Invitation invitation(ResultSet rs, int n) throws SQLException {
    Timestamp answered = rs.getTimestamp("answered_at");
    Timestamp help = rs.getTimestamp("help_sent_at");
    return new Invitation(
        rs.getLong("id"),
        rs.getLong("case_id"),
        rs.getString("case_number"),
        rs.getLong("unit_id"),
        (Long) rs.getObject("department_id"),
        Invitation.Respondent.valueOf(rs.getString("respondent")),
        rs.getString("recipient"),
        rs.getString("mobile"),
        rs.getObject("answer_by", LocalDate.class),
        Invitation.Status.valueOf(rs.getString("status")),
        scores(rs, 11),
        answered == null ? null : answered.toInstant(),
        rs.getString("channel"),
        rs.getInt("bad_replies"),
        help == null ? null : help.toInstant());
  }
}
