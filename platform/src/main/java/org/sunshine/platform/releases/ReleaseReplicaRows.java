package org.sunshine.platform.releases;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** case_release rows as they are copied between nodes (ids kept, public fields only). */
@Repository
class ReleaseReplicaRows {

  private static final String WITHDRAWN_TITLE = "已撤回的信息";
  private final JdbcClient jdbc;

  ReleaseReplicaRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Long> publicIds() {
    return jdbc.sql(
            """
            select id from case_release where status in ('PUBLISHED', 'WITHDRAWN') and published_on is not null
            order by id""")
        .query(Long.class)
        .list();
  }

  Optional<ReleaseReplica> find(long id) {
    return jdbc.sql(
            """
            select * from case_release where id = ? and status in ('PUBLISHED', 'WITHDRAWN')
              and published_on is not null""")
        .param(id)
        .query((rs, n) -> replica(rs))
        .optional();
  }

  Optional<String> status(long id) {
    return jdbc.sql("select status from case_release where id = ? for update")
        .param(id)
        .query(String.class)
        .optional();
  }

  /** Inserts or updates the copy; a withdrawn release is never brought back. */
  void upsert(ReleaseReplica r, Instant now) {
    jdbc.sql(
            """
            insert into case_release (id, procuratorate_id, category, title, body, case_id, status, pin_level,
                pinned_until, published_on, published_at, published_by, withdrawal_reason, withdrawn_at,
                created_by, created_at, updated_at)
            overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, '', ?, ?)
            on conflict (id) do update set procuratorate_id = excluded.procuratorate_id,
                category = excluded.category, title = excluded.title, body = excluded.body,
                case_id = excluded.case_id, status = excluded.status, pin_level = excluded.pin_level,
                pinned_until = excluded.pinned_until, withdrawal_reason = excluded.withdrawal_reason,
                withdrawn_at = excluded.withdrawn_at, updated_at = excluded.updated_at
            where case_release.status <> 'WITHDRAWN'""")
        .params(
            r.id(),
            r.unitId(),
            r.category(),
            r.title(),
            r.body(),
            r.caseRef(),
            r.withdrawn() ? "WITHDRAWN" : "PUBLISHED",
            r.pinLevel(),
            r.pinnedUntil() == null ? null : Date.valueOf(r.pinnedUntil()),
            Date.valueOf(r.publishedOn()),
            Timestamp.from(r.publishedAt()),
            r.withdrawalReason(),
            r.withdrawnAt() == null ? null : Timestamp.from(r.withdrawnAt()),
            Timestamp.from(r.publishedAt()),
            Timestamp.from(now))
        .update();
  }

  private static ReleaseReplica replica(ResultSet rs) throws SQLException {
    boolean withdrawn = "WITHDRAWN".equals(rs.getString("status"));
    Date pinned = rs.getDate("pinned_until");
    Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
    Timestamp publishedAt = rs.getTimestamp("published_at");
    return new ReleaseReplica(
        rs.getLong("id"),
        rs.getLong("procuratorate_id"),
        rs.getString("category"),
        withdrawn ? WITHDRAWN_TITLE : rs.getString("title"),
        withdrawn ? "" : rs.getString("body"),
        rs.getObject("case_id", Long.class),
        withdrawn,
        rs.getInt("pin_level"),
        pinned == null ? null : pinned.toLocalDate(),
        rs.getDate("published_on").toLocalDate(),
        publishedAt == null ? Instant.EPOCH : publishedAt.toInstant(),
        rs.getString("withdrawal_reason"),
        withdrawnAt == null ? null : withdrawnAt.toInstant());
  }
}
