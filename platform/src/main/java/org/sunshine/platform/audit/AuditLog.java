package org.sunshine.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records who did or saw what. Entries are never updated or deleted by the application. */
@Service
public class AuditLog {

  /** Subject: a whole case, by its id. */
  public static final String CASE = "Case";

  /** Subject: one party's record, by the party's id (what a grant opens). */
  public static final String CASE_PARTY = "CaseParty";

  /** A staff member opened the whole case file in the console (every party's record with it). */
  public static final String VIEW_CASE = "VIEW_CASE";

  /** A look at one party's record through a grant, on any channel. */
  public static final String QUERY_CASE_STATUS = "QUERY_CASE_STATUS";

  private static final String COLUMNS =
      "id, occurred_at, actor, actor_unit, action, subject_type, subject_id, detail, channel, request_id,"
          + " client_address";

  /** The MDC key under which the request's filter leaves the client's address. */
  private static final String CLIENT_ADDRESS = "clientAddress";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditBatchWriter batches;
  private final AuditChain chain;

  AuditLog(JdbcClient jdbc, Clock clock, AuditBatchWriter batches, AuditChain chain) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.batches = batches;
    this.chain = chain;
  }

  /** Walks the hash chain from its first entry (ADR 19). */
  public ChainCheck checkChain() {
    return chain.verify();
  }

  /**
   * Entries matching the filter, newest first, written by staff of the given units — and, when
   * {@code withoutUnit}, entries of no unit (applicants, the public, scheduled jobs).
   */
  @Transactional(readOnly = true)
  public List<AuditRecord> search(
      AuditFilter filter, Set<Long> units, boolean withoutUnit, int offset, int limit) {
    // A look by the public at a unit's record is that unit's to see too (V35).
    StringBuilder where =
        new StringBuilder("(actor_unit = any(:units) or subject_unit = any(:units)");
    where.append(withoutUnit ? " or actor_unit is null)" : ")");
    Map<String, Object> params = new HashMap<>();
    params.put("units", units.toArray(Long[]::new));
    filter.appendTo(where, params);
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from audit_entry where "
                + where
                + " order by occurred_at desc, id desc offset :offset limit :limit")
        .params(params)
        .param("offset", offset)
        .param("limit", limit)
        .query(AuditLog::map)
        .list();
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
    recordLook(actor, actorUnit, action, subjectType, subjectId, detail, channel, null);
  }

  /**
   * As {@link #recordLook(String, Long, String, String, String, String, Channel)}, naming the unit
   * whose record was looked at: the public's looks then count for that unit (its audit view, its
   * query figures), not only for a province.
   */
  public void recordLook(
      String actor,
      Long actorUnit,
      String action,
      String subjectType,
      String subjectId,
      String detail,
      Channel channel,
      Long subjectUnit) {
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
            MDC.get("requestId"),
            MDC.get(CLIENT_ADDRESS),
            subjectUnit));
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
    record(actor, actorUnit, action, subjectType, subjectId, detail, channel, null);
  }

  /**
   * As {@link #record(String, Long, String, String, String, String, Channel)}, with the subject's
   * unit.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(
      String actor,
      Long actorUnit,
      String action,
      String subjectType,
      String subjectId,
      String detail,
      Channel channel,
      Long subjectUnit) {
    jdbc.sql(
            """
            insert into audit_entry (occurred_at, actor, actor_unit, action, subject_type, subject_id, detail,
                                     channel, request_id, client_address, subject_unit)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Timestamp.from(clock.instant()),
            actor,
            actorUnit,
            action,
            subjectType,
            subjectId,
            bounded(detail),
            channel.name(),
            MDC.get("requestId"),
            MDC.get(CLIENT_ADDRESS),
            subjectUnit)
        .update();
  }

  /** The entries about one subject, newest first. */
  @Transactional(readOnly = true)
  public List<AuditRecord> about(String subjectType, String subjectId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from audit_entry where subject_type = ? and subject_id = ? order by id desc")
        .params(subjectType, subjectId)
        .query(AuditLog::map)
        .list();
  }

  /**
   * Every look at one party's record, newest first: the looks through a grant at the party, and
   * every opening of the whole case file in the console (which shows the party too).
   */
  @Transactional(readOnly = true)
  public List<AuditRecord> viewsOfParty(long caseId, long partyId) {
    String sql =
        """
        select %s from audit_entry
        where (subject_type = :party and subject_id = :partyId)
           or (subject_type = :case and subject_id = :caseId and action = :viewCase)
        order by occurred_at desc, id desc"""
            .formatted(COLUMNS);
    return jdbc.sql(sql)
        .param("party", CASE_PARTY)
        .param("partyId", String.valueOf(partyId))
        .param("case", CASE)
        .param("caseId", String.valueOf(caseId))
        .param("viewCase", VIEW_CASE)
        .query(AuditLog::map)
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

  /**
   * How many entries of one action fell in a period, per channel: those of staff of the given units
   * or, by the public, about the given units' records; when {@code withoutUnit}, also those of no
   * unit at all (entries from before V35). The statistics capability counts procedural queries
   * (程序性信息查询) this way.
   */
  @Transactional(readOnly = true)
  public Map<Channel, Long> countByChannel(
      String action, Collection<Long> units, boolean withoutUnit, Instant from, Instant to) {
    Map<Channel, Long> counts = new EnumMap<>(Channel.class);
    jdbc.sql(
            """
            select channel, count(*) from audit_entry
            where occurred_at >= :from and occurred_at < :to and action = :action
              and (coalesce(actor_unit, subject_unit) in (:units)
                   or (:withoutUnit and actor_unit is null and subject_unit is null))
            group by channel
            """)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .param("action", action)
        .param("units", units.isEmpty() ? List.of(-1L) : units)
        .param("withoutUnit", withoutUnit)
        .query(
            rs -> {
              counts.put(Channel.valueOf(rs.getString(1)), rs.getLong(2));
            });
    return counts;
  }

  private static AuditRecord map(ResultSet rs, int n) throws SQLException {
    long unit = rs.getLong("actor_unit");
    Long actorUnit = rs.wasNull() ? null : unit;
    return new AuditRecord(
        rs.getLong("id"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor"),
        actorUnit,
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("detail"),
        Channel.valueOf(rs.getString("channel")),
        rs.getString("request_id"),
        rs.getString("client_address"));
  }

  /** Details beyond the column's 1,000 characters are cut, never refused. */
  private static String bounded(String detail) {
    return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }
}
