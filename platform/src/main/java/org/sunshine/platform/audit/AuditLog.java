package org.sunshine.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records who did or saw what. Entries are never updated or deleted by the application. */
@Service
public class AuditLog {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditBatchWriter batches;

  AuditLog(JdbcClient jdbc, Clock clock, AuditBatchWriter batches) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.batches = batches;
  }

  /**
   * As {@link #record}, for a look that changes nothing else (a status query): committed on its own
   * together with other such entries (group commit), and durable before this returns.
   */
  public void recordLook(
      String actor,
      Long actorUnit,
      String action,
      String subjectType,
      String subjectId,
      String detail,
      Channel channel) {
    batches.write(
        AuditBatchWriter.row(
            clock.instant(),
            actor,
            actorUnit,
            action,
            subjectType,
            subjectId,
            bounded(detail),
            channel.name(),
            MDC.get("requestId")));
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void record(
      String actor,
      Long actorUnit,
      String action,
      String subjectType,
      String subjectId,
      String detail,
      Channel channel) {
    jdbc.sql(
            """
            insert into audit_entry (occurred_at, actor, actor_unit, action, subject_type, subject_id, detail,
                                     channel, request_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Timestamp.from(clock.instant()),
            actor,
            actorUnit,
            action,
            subjectType,
            subjectId,
            bounded(detail),
            channel.name(),
            MDC.get("requestId"))
        .update();
  }

  /** The entries about one subject, newest first. */
  @Transactional(readOnly = true)
  public List<AuditRecord> about(String subjectType, String subjectId) {
    return jdbc.sql(
            """
            select id, occurred_at, actor, actor_unit, action, subject_type, subject_id, detail, channel, request_id
            from audit_entry where subject_type = ? and subject_id = ? order by id desc""")
        .params(subjectType, subjectId)
        .query(
            (rs, n) -> {
              long unit = rs.getLong("actor_unit");
              return new AuditRecord(
                  rs.getLong("id"),
                  rs.getTimestamp("occurred_at").toInstant(),
                  rs.getString("actor"),
                  rs.wasNull() ? null : unit,
                  rs.getString("action"),
                  rs.getString("subject_type"),
                  rs.getString("subject_id"),
                  rs.getString("detail"),
                  Channel.valueOf(rs.getString("channel")),
                  rs.getString("request_id"));
            })
        .list();
  }

  /** Entries by one actor, newest first: what a staff member did. */
  @Transactional(readOnly = true)
  public long countByActor(String actor, String action) {
    return jdbc.sql("select count(*) from audit_entry where actor = ? and action = ?")
        .params(actor, action)
        .query(Long.class)
        .single();
  }

  /** Details beyond the column's 1,000 characters are cut, never refused. */
  private static String bounded(String detail) {
    return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }
}
