package org.sunshine.platform.petitions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunshine.platform.infrastructure.Keys;

/** SQL for petitions; only this module's tables. */
@Repository
class PetitionRows {

  record Row(
      Petition petition,
      String subject,
      String body,
      String caseNumber,
      String queryCode,
      String passwordHash,
      boolean confidential,
      Instant createdAt) {}

  record ReplyRow(long id, long petitionId, String kind, String body, LocalDate repliedOn) {
    public List<String> lines() {
      return List.of(body.split("\n"));
    }
  }

  record StepRow(Instant at, String actor, String action, String note) {}

  record ScanRow(long id, String fileName, String contentType, long size) {}

  record ScanContent(String contentType, byte[] content) {}

  record PetitionerRow(String name, String mobile, String idNumber, String address) {}

  private final JdbcClient jdbc;

  private final Keys keys;

  PetitionRows(JdbcClient jdbc, Keys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  /** The petitioner's ID number is stored encrypted, bound to the petition (ADR 27). */
  static String idNumberContext(long petitionId) {
    return "petitioner.id_number:" + petitionId;
  }

  /** What is stored for an ID number given in clear: nothing for none. */
  static String sealed(Keys keys, long petitionId, String idNumber) {
    return idNumber == null || idNumber.isBlank()
        ? idNumber
        : keys.encrypt(idNumber, idNumberContext(petitionId));
  }

  long insert(
      NewPetition p, PetitionKind kind, String code, String hash, Long applicant, Instant now) {
    return jdbc.sql(
            """
            insert into petition (unit_id, kind, channel, state, subject, body, case_number, document_id,
              query_code, password_hash, applicant_id, anonymous, confidential, received_on, complete_on,
              created_at, updated_at, withheld_type)
            values (?, ?, ?, 'REGISTERED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(
            p.unitId(),
            kind.name(),
            p.channel().name(),
            p.subject(),
            p.text(),
            p.caseNumber(),
            p.documentId(),
            code,
            hash,
            applicant,
            p.anonymous(),
            p.confidential(),
            Date.valueOf(p.receivedOn()),
            Date.valueOf(p.receivedOn()),
            Timestamp.from(now),
            Timestamp.from(now),
            p.withheldType())
        .query(Long.class)
        .single();
  }

  void insertPetitioner(long id, NewPetition p) {
    jdbc.sql(
            "insert into petitioner (petition_id, name, mobile, id_number, address) values (?, ?, ?, ?, ?)")
        .params(id, p.name(), p.mobile(), sealed(keys, id, p.idNumber()), p.address())
        .update();
  }

  void insertScan(long id, NewPetition.Scan s, Instant now) {
    jdbc.sql(
            """
            insert into petition_scan (petition_id, file_name, content_type, size_bytes, content, created_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(
            id, s.fileName(), s.contentType(), s.content().length, s.content(), Timestamp.from(now))
        .update();
  }

  Optional<Row> find(long id) {
    return jdbc.sql("select * from petition where id = ?")
        .param(id)
        .query(PetitionRows::map)
        .optional();
  }

  Optional<Row> lock(long id) {
    return jdbc.sql("select * from petition where id = ? for update")
        .param(id)
        .query(PetitionRows::map)
        .optional();
  }

  Optional<Row> byCode(String code) {
    return jdbc.sql("select * from petition where query_code = ?")
        .param(code)
        .query(PetitionRows::map)
        .optional();
  }

  List<Row> ofApplicant(long applicantId) {
    return jdbc.sql("select * from petition where applicant_id = ? order by id desc")
        .param(applicantId)
        .query(PetitionRows::map)
        .list();
  }

  /**
   * The matters of these units, open ones first, oldest first (at most 500: a queue, not a report).
   */
  List<Row> ofUnits(Collection<Long> units, boolean openOnly) {
    if (units.isEmpty()) {
      return List.of();
    }
    String open = openOnly ? " and state not in ('CLOSED', 'REFERRED', 'TRANSFERRED')" : "";
    return jdbc.sql(
            "select * from petition where unit_id in (:units)"
                + open
                + " order by received_on, id limit 500")
        .param("units", units)
        .query(PetitionRows::map)
        .list();
  }

  /** Every matter of a unit received in [from, to): for statistics. */
  List<Row> received(long unitId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select * from petition where unit_id = ? and received_on >= ? and received_on < ? order by id")
        .params(unitId, Date.valueOf(from), Date.valueOf(to))
        .query(PetitionRows::map)
        .list();
  }

  List<Row> open() {
    return jdbc.sql(
            "select * from petition where state not in ('CLOSED', 'REFERRED', 'TRANSFERRED') order by id")
        .query(PetitionRows::map)
        .list();
  }

  void save(Petition p, Instant now) {
    jdbc.sql(
            """
            update petition set state = ?, received_on = ?, complete_on = ?, procedural_reply_on = ?,
              answered_on = ?, concluded_on = ?, extended = ?, department_id = ?, referred_to = ?,
              transferred_to = ?, outcome = ?, locked_by = ?, locked_at = ?, round = ?, updated_at = ?,
              last_progress_on = ?
            where id = ?""")
        .params(
            p.state.name(),
            Date.valueOf(p.receivedOn),
            date(p.completeOn),
            date(p.proceduralReplyOn),
            date(p.answeredOn),
            date(p.concludedOn),
            p.extended,
            p.departmentId,
            p.referredTo,
            p.transferredTo,
            p.outcome == null ? null : p.outcome.name(),
            p.lockedBy,
            p.lockedAt == null ? null : Timestamp.from(p.lockedAt),
            p.round,
            Timestamp.from(now),
            date(p.lastProgressOn),
            p.id)
        .update();
  }

  void step(long id, String actor, String action, String note, Instant now) {
    jdbc.sql(
            "insert into petition_step (petition_id, occurred_at, actor, action, note) values (?, ?, ?, ?, ?)")
        .params(id, Timestamp.from(now), actor, action, note)
        .update();
  }

  List<StepRow> steps(long id) {
    return jdbc.sql(
            "select occurred_at, actor, action, note from petition_step where petition_id = ? order by id")
        .param(id)
        .query(
            (rs, n) ->
                new StepRow(
                    rs.getTimestamp(1).toInstant(),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4)))
        .list();
  }

  long reply(long id, String kind, String body, LocalDate on, String by, Instant now) {
    return jdbc.sql(
            """
            insert into petition_reply (petition_id, kind, body, replied_on, created_at, created_by)
            values (?, ?, ?, ?, ?, ?) returning id""")
        .params(id, kind, body, Date.valueOf(on), Timestamp.from(now), by)
        .query(Long.class)
        .single();
  }

  List<ReplyRow> replies(long id) {
    return jdbc.sql(
            "select id, petition_id, kind, body, replied_on from petition_reply where petition_id = ? order by id")
        .param(id)
        .query(PetitionRows::reply)
        .list();
  }

  Optional<ReplyRow> replyById(long replyId) {
    return jdbc.sql(
            "select id, petition_id, kind, body, replied_on from petition_reply where id = ?")
        .param(replyId)
        .query(PetitionRows::reply)
        .optional();
  }

  /**
   * Links a matter registered by a 移送 to the one it came from, with what follows the petitioner
   * there: an anonymous reporter's password (as its hash) and whether the public node tells them.
   */
  void linkTransfer(long id, long from, String hash, boolean filedOutside) {
    jdbc.sql(
            """
            update petition set transferred_from = ?, password_hash = ?, filed_outside = ?
            where id = ?""")
        .params(from, hash, filedOutside, id)
        .update();
  }

  /** The matter this one was transferred to and registered as (empty when not transferred). */
  Optional<Long> takenUpAs(long id) {
    return jdbc.sql("select id from petition where transferred_from = ? order by id limit 1")
        .param(id)
        .query(Long.class)
        .optional();
  }

  /** The matter as first filed, before any 移送 (itself when never transferred in). */
  long origin(long id) {
    return jdbc.sql(
            """
            with recursive up(id, transferred_from) as (
              select id, transferred_from from petition where id = ?
              union all select p.id, p.transferred_from from petition p join up on p.id = up.transferred_from)
            select id from up where transferred_from is null""")
        .param(id)
        .query(Long.class)
        .optional()
        .orElse(id);
  }

  /** The replies of a matter and of every matter it was transferred on to, in the order written. */
  List<ReplyRow> repliesFollowed(long id) {
    return jdbc.sql(
            """
            with recursive down(id) as (
              select ?::bigint union all select p.id from petition p join down on p.transferred_from = down.id)
            select id, petition_id, kind, body, replied_on from petition_reply
            where petition_id in (select id from down) order by id""")
        .param(id)
        .query(PetitionRows::reply)
        .list();
  }

  List<ScanRow> scans(long id) {
    return jdbc.sql(
            "select id, file_name, content_type, size_bytes from petition_scan where petition_id = ? order by id")
        .param(id)
        .query(
            (rs, n) -> new ScanRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
        .list();
  }

  Optional<ScanContent> scanContent(long petitionId, long scanId) {
    return jdbc.sql(
            "select content_type, content from petition_scan where petition_id = ? and id = ?")
        .params(petitionId, scanId)
        .query((rs, n) -> new ScanContent(rs.getString(1), rs.getBytes(2)))
        .optional();
  }

  Optional<PetitionerRow> petitioner(long id) {
    return jdbc.sql("select name, mobile, id_number, address from petitioner where petition_id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new PetitionerRow(
                    rs.getString(1),
                    rs.getString(2),
                    keys.decrypt(rs.getString(3), idNumberContext(id)),
                    rs.getString(4)))
        .optional();
  }

  private static ReplyRow reply(ResultSet rs, int n) throws SQLException {
    return new ReplyRow(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getDate(5).toLocalDate());
  }

  static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  static LocalDate local(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  static Row map(ResultSet rs, int n) throws SQLException {
    Petition p =
        new Petition(
            rs.getLong("id"),
            rs.getLong("unit_id"),
            PetitionKind.valueOf(rs.getString("kind")),
            PetitionChannel.valueOf(rs.getString("channel")),
            rs.getBoolean("anonymous"),
            longOrNull(rs, "applicant_id"),
            longOrNull(rs, "document_id"));
    p.withheldType = rs.getString("withheld_type");
    p.state = PetitionState.valueOf(rs.getString("state"));
    p.receivedOn = local(rs, "received_on");
    p.completeOn = local(rs, "complete_on");
    p.proceduralReplyOn = local(rs, "procedural_reply_on");
    p.answeredOn = local(rs, "answered_on");
    p.lastProgressOn = local(rs, "last_progress_on");
    p.concludedOn = local(rs, "concluded_on");
    p.extended = rs.getBoolean("extended");
    p.departmentId = longOrNull(rs, "department_id");
    p.referredTo = rs.getString("referred_to");
    p.transferredTo = longOrNull(rs, "transferred_to");
    p.transferredFrom = longOrNull(rs, "transferred_from");
    String outcome = rs.getString("outcome");
    p.outcome = outcome == null ? null : Outcome.valueOf(outcome);
    p.lockedBy = rs.getString("locked_by");
    Timestamp lockedAt = rs.getTimestamp("locked_at");
    p.lockedAt = lockedAt == null ? null : lockedAt.toInstant();
    p.round = rs.getInt("round");
    p.filedOutside = rs.getBoolean("filed_outside");
    return new Row(
        p,
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("case_number"),
        rs.getString("query_code"),
        rs.getString("password_hash"),
        rs.getBoolean("confidential"),
        rs.getTimestamp("created_at").toInstant());
  }
}
