package org.sunshine.platform.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunshine.platform.infrastructure.Keys;

/** SQL for applications and their materials (the grants they lead to: {@link GrantRows}). */
@Repository
class AccessRows {

  // Only this module's tables: unit names come from the directory, case numbers and party names
  // from the cases module.
  private static final String APPLICATION = "select a.* from access_application a";

  private final JdbcClient jdbc;
  private final Keys keys;

  AccessRows(JdbcClient jdbc, Keys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  long insertApplication(
      long applicantId,
      ApplicationForm f,
      Long caseId,
      Long partyId,
      Long handlingUnit,
      Instant now) {
    String id = f.idNumber().strip();
    return jdbc.sql(
            """
            insert into access_application (applicant_id, case_number, case_id, party_id, party_name, relation,
              applicant_name, id_number_hash, id_number_tail, lawyer_licence, law_firm, verifying_unit_id,
              handling_unit_id, status, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?) returning id""")
        .params(
            applicantId,
            f.caseNumber().strip(),
            caseId,
            partyId,
            f.partyName().strip(),
            f.relation().name(),
            f.applicantName().strip(),
            // Keyed (ADR 27): a plain hash beside the last four digits falls to ~10^8 guesses.
            keys.keyedHash(Hashes.idNumber(id)),
            id.substring(id.length() - 4),
            f.lawyerLicence(),
            f.lawFirm(),
            f.verifyingUnitId(),
            handlingUnit,
            Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  void insertMaterial(long applicationId, MaterialUpload m, Instant now) {
    jdbc.sql(
            """
            insert into application_material (application_id, kind, file_name, content_type, content, uploaded_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(
            applicationId,
            m.kind().name(),
            m.fileName(),
            m.contentType(),
            m.content(),
            Timestamp.from(now))
        .update();
  }

  record Material(String fileName, String contentType, byte[] content) {}

  Optional<Material> material(long applicationId, long materialId) {
    return jdbc.sql(
            "select file_name, content_type, content from application_material where application_id = ? and id = ?")
        .params(applicationId, materialId)
        .query((rs, n) -> new Material(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  List<ApplicationView.MaterialInfo> materials(long applicationId) {
    return jdbc.sql(
            "select id, kind, file_name from application_material where application_id = ? order by id")
        .param(applicationId)
        .query(
            (rs, n) ->
                new ApplicationView.MaterialInfo(
                    rs.getLong(1), Relation.Material.valueOf(rs.getString(2)), rs.getString(3)))
        .list();
  }

  record ApplicationRow(
      long id,
      long applicantId,
      Long caseId,
      Long partyId,
      String caseNumber,
      String partyName,
      Relation relation,
      String applicantName,
      String idHash,
      String idNumberTail,
      String lawyerLicence,
      String lawFirm,
      long verifyingUnit,
      Long handlingUnit,
      ApplicationStatus status,
      String note,
      String decidedBy,
      Instant decidedAt,
      Instant createdAt,
      List<ApplicationView.MaterialInfo> materials) {

    /** The application as shown, with its units named by the caller (from the directory). */
    ApplicationView view(LongFunction<String> unitName) {
      return new ApplicationView(
          id,
          caseNumber,
          partyName,
          relation,
          applicantName,
          idNumberTail,
          lawyerLicence,
          lawFirm,
          unitName.apply(verifyingUnit),
          handlingUnit == null ? null : unitName.apply(handlingUnit),
          caseId != null,
          status,
          note,
          createdAt,
          materials);
    }
  }

  Optional<ApplicationRow> application(long id) {
    return jdbc.sql(APPLICATION + " where a.id = ?")
        .param(id)
        .query(this::mapApplication)
        .optional();
  }

  /**
   * Whether this applicant already has an application for this case and party that is waiting or
   * approved; locks the applicant's row first, so two submissions at once are counted one after the
   * other.
   */
  boolean hasOpenApplication(long applicantId, String caseNumber, String partyName) {
    jdbc.sql("select id from applicant where id = ? for update")
        .param(applicantId)
        .query()
        .listOfRows();
    return jdbc.sql(
                """
            select count(*) from access_application where applicant_id = ? and case_number = ?
              and party_name = ? and status in ('SUBMITTED', 'FORWARDED', 'MORE_INFO_REQUESTED', 'APPROVED')""")
            .params(applicantId, caseNumber, partyName)
            .query(Long.class)
            .single()
        > 0;
  }

  List<ApplicationRow> applicationsOf(long applicantId) {
    return jdbc.sql(APPLICATION + " where a.applicant_id = ? order by a.id desc")
        .param(applicantId)
        .query(this::mapApplication)
        .list();
  }

  List<ApplicationRow> applicationsForUnits(Collection<Long> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            APPLICATION
                + " where a.verifying_unit_id in (:u) or a.handling_unit_id in (:u) order by a.id desc limit 300")
        .param("u", units)
        .query(this::mapApplication)
        .list();
  }

  boolean fromPublicNode(long applicationId) {
    return jdbc.sql("select origin_key is not null from access_application where id = ?")
        .param(applicationId)
        .query(Boolean.class)
        .single();
  }

  /** Writes what the aggregate's transitions change. */
  void save(AccessApplication a) {
    jdbc.sql(
            "update access_application set status = ?, note = ?, decided_by = ?, decided_at = ? where id = ?")
        .params(
            a.status().name(),
            a.note(),
            a.decidedBy(),
            a.decidedAt() == null ? null : Timestamp.from(a.decidedAt()),
            a.id)
        .update();
  }

  private ApplicationRow mapApplication(ResultSet rs, int n) throws SQLException {
    long id = rs.getLong("id");
    return new ApplicationRow(
        id,
        rs.getLong("applicant_id"),
        rs.getObject("case_id", Long.class),
        rs.getObject("party_id", Long.class),
        rs.getString("case_number"),
        rs.getString("party_name"),
        Relation.valueOf(rs.getString("relation")),
        rs.getString("applicant_name"),
        rs.getString("id_number_hash"),
        rs.getString("id_number_tail"),
        rs.getString("lawyer_licence"),
        rs.getString("law_firm"),
        rs.getLong("verifying_unit_id"),
        rs.getObject("handling_unit_id", Long.class),
        ApplicationStatus.valueOf(rs.getString("status")),
        rs.getString("note"),
        rs.getString("decided_by"),
        instant(rs, "decided_at"),
        instant(rs, "created_at"),
        materials(id));
  }

  /** A nullable timestamp column as an instant (also read by {@link AccessReplicaRows}). */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
