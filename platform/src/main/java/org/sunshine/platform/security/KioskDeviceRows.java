package org.sunshine.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the kiosks' device credentials. */
@Repository
class KioskDeviceRows {

  private static final String SELECT =
      "select id, unit_id, name, issued_by, issued_at, last_seen_at, revoked_at, revoked_by"
          + " from kiosk_device";

  private final JdbcClient jdbc;

  KioskDeviceRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long unitId, String name, String secretHash, String issuedBy, Instant at) {
    return jdbc.sql(
            """
            insert into kiosk_device (unit_id, name, secret_hash, issued_by, issued_at)
            values (?, ?, ?, ?, ?) returning id""")
        .params(unitId, name, secretHash, issuedBy, Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  Optional<KioskDevice> byId(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(KioskDeviceRows::map).optional();
  }

  /** A device that is not revoked, by the hash of the secret it presented. */
  Optional<KioskDevice> activeBySecretHash(String secretHash) {
    return jdbc.sql(SELECT + " where secret_hash = ? and revoked_at is null")
        .param(secretHash)
        .query(KioskDeviceRows::map)
        .optional();
  }

  List<KioskDevice> inUnits(Collection<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " where unit_id in (:units) order by revoked_at nulls first, id")
        .param("units", unitIds)
        .query(KioskDeviceRows::map)
        .list();
  }

  boolean revoke(long id, String by, Instant at) {
    return jdbc.sql(
                "update kiosk_device set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
            .params(Timestamp.from(at), by, id)
            .update()
        == 1;
  }

  /** At most once an hour per device, so the console can say which kiosks are still in use. */
  void seen(long id, Instant at) {
    jdbc.sql(
            """
            update kiosk_device set last_seen_at = ?
            where id = ? and (last_seen_at is null or last_seen_at < ?)""")
        .params(Timestamp.from(at), id, Timestamp.from(at.minusSeconds(3600)))
        .update();
  }

  private static KioskDevice map(ResultSet rs, int row) throws SQLException {
    return new KioskDevice(
        rs.getLong("id"),
        rs.getLong("unit_id"),
        rs.getString("name"),
        rs.getString("issued_by"),
        rs.getTimestamp("issued_at").toInstant(),
        instant(rs.getTimestamp("last_seen_at")),
        instant(rs.getTimestamp("revoked_at")),
        rs.getString("revoked_by"));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
