package org.sunshine.platform.archives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Archive packages (immutable revisions, by trigger) and the runs that generate them. */
@Repository
class ArchiveRows {

  /** A package without its bytes. */
  record Package(
      long id,
      long unitId,
      int year,
      int quarter,
      int revision,
      int fileCount,
      long size,
      String zipSha256,
      String manifestSha256,
      boolean complete,
      Instant generatedAt,
      String generatedBy) {

    Quarter period() {
      return new Quarter(year, quarter);
    }
  }

  /** A generation run and how far it got. */
  record Job(
      long id,
      long unitId,
      int year,
      int quarter,
      String requestedBy,
      String status,
      int done,
      int total,
      Long packageId,
      String error) {}

  private static final String PACKAGE =
      "select id, unit_id, year, quarter, revision, file_count, length(zip) as size, zip_sha256,"
          + " manifest_sha256, complete, generated_at, generated_by from archive_package";

  private final JdbcClient jdbc;

  ArchiveRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the next revision of the unit's quarter; returns its id. */
  /**
   * The revision named inside the package (its index and manifest) is the row's: two runs at once
   * meet on the unique key and the second fails as a whole, never a row disagreeing with its ZIP.
   */
  long insert(
      long unitId,
      Quarter q,
      int revision,
      ArchiveZip.Zip zip,
      boolean complete,
      Instant at,
      String by) {
    return jdbc.sql(
            """
            insert into archive_package (unit_id, year, quarter, revision, file_count, zip, zip_sha256,
                manifest_sha256, complete, generated_at, generated_by)
            values (:unit, :year, :quarter, :revision, :files, :zip, :zipSha, :manifestSha, :complete, :at, :by)
            returning id""")
        .param("unit", unitId)
        .param("year", q.year())
        .param("quarter", q.quarter())
        .param("revision", revision)
        .param("files", zip.files())
        .param("zip", zip.bytes())
        .param("zipSha", Hashes.sha256(zip.bytes()))
        .param("manifestSha", zip.manifestSha256())
        .param("complete", complete)
        .param("at", Timestamp.from(at))
        .param("by", by)
        .query(Long.class)
        .single();
  }

  Optional<Package> find(long id) {
    return jdbc.sql(PACKAGE + " where id = ?").param(id).query((rs, n) -> pkg(rs)).optional();
  }

  byte[] zip(long id) {
    return jdbc.sql("select zip from archive_package where id = ?")
        .param(id)
        .query(byte[].class)
        .single();
  }

  List<Package> ofUnits(Collection<Long> units, int limit) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            PACKAGE
                + " where unit_id in (:units)"
                + " order by year desc, quarter desc, unit_id, revision desc limit :limit")
        .param("units", units)
        .param("limit", limit)
        .query((rs, n) -> pkg(rs))
        .list();
  }

  /** Whether the unit's quarter has a package made after the quarter ended. */
  boolean hasComplete(long unitId, Quarter q) {
    return jdbc.sql(
            "select exists (select 1 from archive_package where unit_id = ? and year = ?"
                + " and quarter = ? and complete)")
        .params(unitId, q.year(), q.quarter())
        .query(Boolean.class)
        .single();
  }

  int countComplete(long unitId, int year) {
    return jdbc.sql(
            "select count(distinct quarter) from archive_package where unit_id = ? and year = ?"
                + " and complete")
        .params(unitId, year)
        .query(Integer.class)
        .single();
  }

  long startJob(long unitId, Quarter q, String by, Instant at) {
    return jdbc.sql(
            """
            insert into archive_job (unit_id, year, quarter, requested_by, status, started_at)
            values (?, ?, ?, ?, 'RUNNING', ?) returning id""")
        .params(unitId, q.year(), q.quarter(), by, Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  void progress(long jobId, int done, int total) {
    jdbc.sql("update archive_job set done = ?, total = ? where id = ?")
        .params(done, total, jobId)
        .update();
  }

  void finish(long jobId, long packageId, Instant at) {
    jdbc.sql(
            "update archive_job set status = 'DONE', done = total, package_id = ?, finished_at = ?"
                + " where id = ?")
        .params(packageId, Timestamp.from(at), jobId)
        .update();
  }

  void fail(long jobId, String error, Instant at) {
    jdbc.sql("update archive_job set status = 'FAILED', error = ?, finished_at = ? where id = ?")
        .params(error.length() > 500 ? error.substring(0, 500) : error, Timestamp.from(at), jobId)
        .update();
  }

  Optional<Job> job(long id) {
    return jdbc.sql("select * from archive_job where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Job(
                    rs.getLong("id"),
                    rs.getLong("unit_id"),
                    rs.getInt("year"),
                    rs.getInt("quarter"),
                    rs.getString("requested_by"),
                    rs.getString("status"),
                    rs.getInt("done"),
                    rs.getInt("total"),
                    rs.getObject("package_id", Long.class),
                    rs.getString("error")))
        .optional();
  }

  private static Package pkg(ResultSet rs) throws SQLException {
    return new Package(
        rs.getLong("id"),
        rs.getLong("unit_id"),
        rs.getInt("year"),
        rs.getInt("quarter"),
        rs.getInt("revision"),
        rs.getInt("file_count"),
        rs.getLong("size"),
        rs.getString("zip_sha256"),
        rs.getString("manifest_sha256"),
        rs.getBoolean("complete"),
        rs.getTimestamp("generated_at").toInstant(),
        rs.getString("generated_by"));
  }
}
