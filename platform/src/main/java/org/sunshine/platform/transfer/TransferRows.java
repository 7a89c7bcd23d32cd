package org.sunshine.platform.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox, the packages sent and received, and refusals. */
@Repository
class TransferRows {

  record OutboxEntry(long id, String kind, long refId) {}

  private final JdbcClient jdbc;

  TransferRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void queue(String kind, long refId, Instant at) {
    jdbc.sql("insert into transfer_outbox (kind, ref_id, queued_at) values (?, ?, ?)")
        .params(kind, refId, Timestamp.from(at))
        .update();
  }

  /** One exporter at a time, across nodes sharing the database and across threads. */
  void lockExport() {
    jdbc.sql("select pg_advisory_xact_lock(7201)").query().listOfRows();
  }

  List<OutboxEntry> unpacked(int limit) {
    return jdbc.sql(
            "select id, kind, ref_id from transfer_outbox where packed_in is null order by id limit ?")
        .param(limit)
        .query((rs, n) -> new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getLong(3)))
        .list();
  }

  long lastSequenceSent() {
    return jdbc.sql("select coalesce(max(sequence), 0) from transfer_sent")
        .query(Long.class)
        .single();
  }

  void packed(List<Long> outboxIds, long sequence) {
    if (!outboxIds.isEmpty()) {
      jdbc.sql("update transfer_outbox set packed_in = ? where id = any(?)")
          .params(sequence, outboxIds.toArray(Long[]::new))
          .update();
    }
  }

  Optional<Instant> lastSentAt() {
    return jdbc.sql("select max(created_at) from transfer_sent")
        .query((rs, n) -> instant(rs, 1))
        .optional()
        .filter(Objects::nonNull);
  }

  void sent(long sequence, Instant at, int records, long lastOutboxId) {
    jdbc.sql(
            """
            insert into transfer_sent (sequence, created_at, records, last_outbox_id)
            values (?, ?, ?, ?)""")
        .params(sequence, Timestamp.from(at), records, lastOutboxId)
        .update();
  }

  List<Long> undelivered() {
    return jdbc.sql(
            "select sequence from transfer_sent where delivered_at is null order by sequence")
        .query(Long.class)
        .list();
  }

  boolean isSent(long sequence) {
    return jdbc.sql("select count(*) from transfer_sent where sequence = ?")
            .param(sequence)
            .query(Long.class)
            .single()
        > 0;
  }

  boolean isAcknowledged(long sequence) {
    return jdbc.sql(
                "select count(*) from transfer_sent where sequence = ? and acknowledged_at is not null")
            .param(sequence)
            .query(Long.class)
            .single()
        > 0;
  }

  void undeliver(long sequence) {
    jdbc.sql("update transfer_sent set delivered_at = null where sequence = ?")
        .param(sequence)
        .update();
  }

  void delivered(long sequence, Instant at) {
    jdbc.sql("update transfer_sent set delivered_at = ? where sequence = ?")
        .params(Timestamp.from(at), sequence)
        .update();
  }

  void acknowledged(long sequence, Instant at, int applied, int rejected, String report) {
    jdbc.sql(
            """
            update transfer_sent set acknowledged_at = ?, applied = ?, rejected = ?, report = ?
            where sequence = ?""")
        .params(Timestamp.from(at), applied, rejected, report, sequence)
        .update();
  }

  long lastApplied(String source) {
    return jdbc.sql(
            """
            select coalesce(max(sequence), 0) from transfer_received
            where source = ? and finished_at is not null""")
        .param(source)
        .query(Long.class)
        .single();
  }

  TransferStatus.Received startOrResume(
      String source,
      long sequence,
      String manifestSha256,
      Instant createdAt,
      int records,
      Instant at) {
    jdbc.sql(
            """
            insert into transfer_received (source, sequence, manifest_sha256, created_at, started_at, records)
            values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
        .params(
            source,
            sequence,
            manifestSha256,
            Timestamp.from(createdAt),
            Timestamp.from(at),
            records)
        .update();
    return received(source, sequence).orElseThrow();
  }

  /** The manifest fingerprint of a package this node started or finished applying. */
  Optional<String> manifestOf(String source, long sequence) {
    return jdbc.sql(
            "select manifest_sha256 from transfer_received where source = ? and sequence = ?")
        .params(source, sequence)
        .query(String.class)
        .optional();
  }

  Optional<TransferStatus.Received> received(String source, long sequence) {
    return jdbc.sql("select * from transfer_received where source = ? and sequence = ?")
        .params(source, sequence)
        .query((rs, n) -> received(rs))
        .optional();
  }

  /** Moves the package's cursor past one record (in the record's own transaction). */
  void advance(String source, long sequence, int index, boolean applied, String reportLine) {
    jdbc.sql(
            """
            update transfer_received set next_record = ?, applied = applied + ?, rejected = rejected + ?,
                report = report || ?
            where source = ? and sequence = ? and next_record = ?""")
        .params(
            index + 1,
            applied ? 1 : 0,
            applied ? 0 : 1,
            reportLine == null ? "" : reportLine + "\n",
            source,
            sequence,
            index)
        .update();
  }

  void finished(String source, long sequence, Instant at) {
    jdbc.sql(
            "update transfer_received set finished_at = ? where source = ? and sequence = ? and finished_at is null")
        .params(Timestamp.from(at), source, sequence)
        .update();
  }

  Optional<TransferStatus.Received> lastReceived() {
    return jdbc.sql(
            "select * from transfer_received where finished_at is not null order by finished_at desc limit 1")
        .query((rs, n) -> received(rs))
        .optional();
  }

  void refusal(String packageName, String reason, String detail, Instant at) {
    jdbc.sql(
            "insert into transfer_refusal (package, reason, detail, refused_at) values (?, ?, ?, ?)")
        .params(truncate(packageName, 200), reason, truncate(detail, 500), Timestamp.from(at))
        .update();
  }

  List<TransferStatus.Refusal> refusals(int limit) {
    return jdbc.sql("select * from transfer_refusal order by id desc limit ?")
        .param(limit)
        .query(
            (rs, n) ->
                new TransferStatus.Refusal(
                    rs.getString("package"),
                    rs.getString("reason"),
                    rs.getString("detail"),
                    instant(rs, "refused_at")))
        .list();
  }

  List<TransferStatus.Sent> sentPackages(int limit) {
    return jdbc.sql("select * from transfer_sent order by sequence desc limit ?")
        .param(limit)
        .query(
            (rs, n) ->
                new TransferStatus.Sent(
                    rs.getLong("sequence"),
                    instant(rs, "created_at"),
                    rs.getInt("records"),
                    instant(rs, "delivered_at"),
                    instant(rs, "acknowledged_at"),
                    (Integer) rs.getObject("applied", Integer.class),
                    (Integer) rs.getObject("rejected", Integer.class),
                    rs.getString("report")))
        .list();
  }

  List<TransferStatus.Received> receivedPackages(int limit) {
    return jdbc.sql(
            "select * from transfer_received order by started_at desc, sequence desc limit ?")
        .param(limit)
        .query((rs, n) -> received(rs))
        .list();
  }

  private static TransferStatus.Received received(ResultSet rs) throws SQLException {
    return new TransferStatus.Received(
        rs.getString("source"),
        rs.getLong("sequence"),
        instant(rs, "created_at"),
        instant(rs, "finished_at"),
        rs.getInt("records"),
        rs.getInt("next_record"),
        rs.getInt("applied"),
        rs.getInt("rejected"),
        rs.getString("report"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static String truncate(String s, int max) {
    return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
  }
}
