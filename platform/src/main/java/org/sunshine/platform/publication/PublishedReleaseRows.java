package org.sunshine.platform.publication;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Releases' public records and published editions (ids are the releases' own). */
@Repository
class PublishedReleaseRows {

  /** A release's public state: its edition, pin and withdrawal. */
  record Row(
      long id,
      long unitId,
      String category,
      String title,
      String body,
      Long caseRef,
      int pinLevel,
      LocalDate pinnedUntil,
      LocalDate publishedOn,
      Instant publishedAt,
      String withdrawalReason,
      Instant withdrawnAt) {

    boolean withdrawn() {
      return withdrawnAt != null;
    }
  }

  private static final String SELECT =
      """
      select e.*, r.case_ref, r.pin_level, r.pinned_until, r.withdrawal_reason, r.withdrawn_at
      from published_release e join public_release r on r.release_id = e.release_id
      """;

  private final JdbcClient jdbc;

  PublishedReleaseRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(ReleaseEdition r, Instant at) {
    register(r.releaseId(), r.unitId(), r.caseRef());
    jdbc.sql(
            """
            insert into published_release (release_id, procuratorate_id, category, title, body, published_on,
                published_at, published_by)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            r.releaseId(),
            r.unitId(),
            r.category(),
            r.title(),
            r.body(),
            Date.valueOf(r.publishedOn()),
            Timestamp.from(at),
            r.publishedBy())
        .update();
  }

  /** Returns whether the record was new (a replica applied twice changes nothing). */
  boolean register(long releaseId, long unitId, Long caseRef) {
    return jdbc.sql(
                """
                insert into public_release (release_id, procuratorate_id, case_ref) values (?, ?, ?)
                on conflict (release_id) do nothing""")
            .params(releaseId, unitId, caseRef)
            .update()
        > 0;
  }

  /** Returns whether the edition was new. */
  boolean insertReplica(ReleaseReplica r) {
    return jdbc.sql(
                """
                insert into published_release (release_id, procuratorate_id, category, title, body, published_on,
                    published_at, published_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (release_id) do nothing""")
            .params(
                r.id(),
                r.unitId(),
                r.category(),
                r.withdrawn() ? "" : r.title(),
                r.withdrawn() ? "" : r.body(),
                Date.valueOf(r.publishedOn()),
                Timestamp.from(r.publishedAt()),
                ReleaseReplicas.PUBLISHER)
            .update()
        > 0;
  }

  void pin(long releaseId, int level, LocalDate until) {
    jdbc.sql("update public_release set pin_level = ?, pinned_until = ? where release_id = ?")
        .params(level, until == null ? null : Date.valueOf(until), releaseId)
        .update();
  }

  /** Returns whether it was live until now; a withdrawal is final. */
  boolean withdraw(long releaseId, String reason, Instant at) {
    return jdbc.sql(
                """
                update public_release set withdrawal_reason = ?, withdrawn_at = ?, pin_level = 0, pinned_until = null
                where release_id = ? and withdrawn_at is null""")
            .params(reason, Timestamp.from(at), releaseId)
            .update()
        > 0;
  }

  /** Erases a withdrawn release's title and body (the one update the trigger allows). */
  void eraseText(long releaseId) {
    jdbc.sql(
            "update published_release set title = '', body = '' where release_id = ? and body <> ''")
        .param(releaseId)
        .update();
  }

  Optional<Row> find(long id) {
    return jdbc.sql(SELECT + "where e.release_id = ?")
        .param(id)
        .query((rs, n) -> row(rs))
        .optional();
  }

  /** Live releases, pinned ones first (by level, while the pin lasts), then newest. */
  List<Row> live(Collection<Long> units, String category, LocalDate today, int offset, int limit) {
    return jdbc.sql(
            SELECT
                + "where r.withdrawn_at is null and (cast(? as varchar) is null or e.category = ?)"
                + " and (cast(? as bigint[]) is null or e.procuratorate_id = any(?))"
                + " order by case when r.pinned_until >= ? then r.pin_level else 0 end desc,"
                + " e.published_on desc, e.release_id desc offset ? limit ?")
        .params(category, category, ids(units), ids(units), Date.valueOf(today), offset, limit)
        .query((rs, n) -> row(rs))
        .list();
  }

  long countLive(Collection<Long> units, String category) {
    return jdbc.sql(
            """
            select count(*) from published_release e join public_release r on r.release_id = e.release_id
            where r.withdrawn_at is null and (cast(? as varchar) is null or e.category = ?)
              and (cast(? as bigint[]) is null or e.procuratorate_id = any(?))""")
        .params(category, category, ids(units), ids(units))
        .query(Long.class)
        .single();
  }

  /** Releases published in a period per unit, and how many of them were withdrawn since. */
  Map<Long, long[]> publishedByUnit(Collection<Long> units, LocalDate from, LocalDate to) {
    Map<Long, long[]> counts = new HashMap<>();
    if (units.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            """
            select e.procuratorate_id, count(*), count(*) filter (where r.withdrawn_at is not null)
            from published_release e join public_release r on r.release_id = e.release_id
            where e.procuratorate_id in (:units) and e.published_on between :from and :to
            group by e.procuratorate_id
            """)
        .param("units", units)
        .param("from", from)
        .param("to", to)
        .query(
            rs -> {
              counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
            });
    return counts;
  }

  List<Row> allLive() {
    return jdbc.sql(SELECT + "where r.withdrawn_at is null order by e.release_id")
        .query((rs, n) -> row(rs))
        .list();
  }

  List<Long> allIds() {
    return jdbc.sql("select release_id from published_release order by release_id")
        .query(Long.class)
        .list();
  }

  private static Long[] ids(Collection<Long> units) {
    return units == null ? null : units.toArray(Long[]::new);
  }

  private static Row row(ResultSet rs) throws SQLException {
    Date pinned = rs.getDate("pinned_until");
    Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
    return new Row(
        rs.getLong("release_id"),
        rs.getLong("procuratorate_id"),
        rs.getString("category"),
        rs.getString("title"),
        rs.getString("body"),
        rs.getObject("case_ref", Long.class),
        rs.getInt("pin_level"),
        pinned == null ? null : pinned.toLocalDate(),
        rs.getDate("published_on").toLocalDate(),
        rs.getTimestamp("published_at").toInstant(),
        rs.getString("withdrawal_reason"),
        withdrawnAt == null ? null : withdrawnAt.toInstant());
  }
}
