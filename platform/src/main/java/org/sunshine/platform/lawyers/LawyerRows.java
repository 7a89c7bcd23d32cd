package org.sunshine.platform.lawyers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunshine.platform.infrastructure.Keys;

/** The lawyers: registration, its review and the licence (plain SQL on this module's tables). */
@Repository
class LawyerRows {

  private final JdbcClient jdbc;

  private final Keys keys;
  private final RowMapper<LawyerRow> lawyerRow = this::mapLawyer;

  LawyerRows(JdbcClient jdbc, Keys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  /** The lawyer's ID number is stored encrypted, bound to the applicant (ADR 27). */
  static String idNumberContext(long applicantId) {
    return "lawyer.id_number:" + applicantId;
  }

  record LawyerRow(
      long id,
      long applicantId,
      String name,
      String idNumber,
      String licenceNo,
      String lawFirm,
      String status,
      String statusNote,
      long unitId,
      Instant createdAt) {
    boolean verified() {
      return "VERIFIED".equals(status);
    }
  }

  private static final String LAWYER =
      "select id, applicant_id, name, id_number, licence_no, law_firm, status, status_note, unit_id, created_at from lawyer";

  Optional<LawyerRow> lawyerOf(long applicantId) {
    return jdbc.sql(LAWYER + " where applicant_id = ?")
        .param(applicantId)
        .query(lawyerRow)
        .optional();
  }

  Optional<LawyerRow> lawyer(long id) {
    return jdbc.sql(LAWYER + " where id = ?").param(id).query(lawyerRow).optional();
  }

  List<LawyerRow> lawyersIn(Set<Long> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            LAWYER
                + " where unit_id in (:units) order by (status = 'PENDING') desc, id desc limit 500")
        .param("units", units)
        .query(lawyerRow)
        .list();
  }

  boolean licenceTaken(String licenceNo, long applicantId) {
    return jdbc.sql("select count(*) from lawyer where licence_no = ? and applicant_id <> ?")
            .params(licenceNo, applicantId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** A first registration, or a registration again after a refusal (it waits for 案管 anew). */
  long saveLawyer(long applicantId, LawyerForm f, Upload licence, Instant now) {
    return jdbc.sql(
            """
            insert into lawyer (applicant_id, name, id_number, licence_no, law_firm, licence_name, licence_type,
              licence_file, status, unit_id, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
            on conflict (applicant_id) do update set name = excluded.name, id_number = excluded.id_number,
              licence_no = excluded.licence_no, law_firm = excluded.law_firm, licence_name = excluded.licence_name,
              licence_type = excluded.licence_type, licence_file = excluded.licence_file, status = 'PENDING',
              status_note = null, unit_id = excluded.unit_id
            returning id""")
        .params(
            applicantId,
            f.name(),
            f.idNumber() == null ? null : keys.encrypt(f.idNumber(), idNumberContext(applicantId)),
            f.licenceNo(),
            f.lawFirm(),
            licence.fileName(),
            licence.contentType(),
            licence.content(),
            f.unitId(),
            Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  int setLawyerStatus(long id, String status, String note, String by, Instant at) {
    return jdbc.sql(
            "update lawyer set status = ?, status_note = ?, verified_by = ?, verified_at = ? where id = ? and status = 'PENDING'")
        .params(status, note, by, Timestamp.from(at), id)
        .update();
  }

  Upload licence(long lawyerId) {
    return jdbc.sql("select licence_name, licence_type, licence_file from lawyer where id = ?")
        .param(lawyerId)
        .query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .single();
  }

  private LawyerRow mapLawyer(ResultSet rs, int n) throws SQLException {
    return new LawyerRow(
        rs.getLong("id"),
        rs.getLong("applicant_id"),
        rs.getString("name"),
        keys.decrypt(rs.getString("id_number"), idNumberContext(rs.getLong("applicant_id"))),
        rs.getString("licence_no"),
        rs.getString("law_firm"),
        rs.getString("status"),
        rs.getString("status_note"),
        rs.getLong("unit_id"),
        rs.getTimestamp("created_at").toInstant());
  }
}
