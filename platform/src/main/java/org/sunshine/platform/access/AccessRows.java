package org.sunshine.platform.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for applications, materials and grants. */
@Repository
class AccessRows {

  private static final String APPLICATION =
      """
      select a.*, v.name as verifying_name, h.name as handling_name from access_application a
      join procuratorate v on v.id = a.verifying_unit_id left join procuratorate h on h.id = a.handling_unit_id
      """;
  private static final String GRANT =
      """
      select g.*, coalesce(c.case_number, d.case_number) as case_number,
             coalesce(c.revision, d.revision) as case_revision, coalesce(p.name, d.party_name) as party_name
      from case_access_grant g
      left join criminal_case c on c.id = g.case_id left join case_party p on p.id = g.party_id
      left join party_disclosure_copy d on d.case_id = g.case_id and d.party_id = g.party_id
      """;

  private final JdbcClient jdbc;

  AccessRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
            Hashes.idNumber(id),
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
      long verifyingUnit,
      Long handlingUnit,
      Relation relation,
      String idHash,
      ApplicationStatus status,
      String note,
      String decidedBy,
      Instant decidedAt,
      ApplicationView view) {}

  Optional<ApplicationRow> application(long id) {
    return jdbc.sql(APPLICATION + " where a.id = ?")
        .param(id)
        .query(this::mapApplication)
        .optional();
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

  long insertGrant(
      AccessApplication a, String codeHash, String code, Instant now, Instant expires) {
    return jdbc.sql(
            """
            insert into case_access_grant (application_id, applicant_id, case_id, party_id, relation, query_code_hash,
              pending_code, id_number_hash, granted_at, expires_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(
            a.id,
            a.applicantId,
            a.caseId,
            a.partyId,
            a.relation.name(),
            codeHash,
            code,
            a.idHash,
            Timestamp.from(now),
            Timestamp.from(expires))
        .query(Long.class)
        .single();
  }

  record GrantRow(
      long id,
      long applicantId,
      long caseId,
      long partyId,
      Relation relation,
      String codeHash,
      String idHash,
      int failedAttempts,
      Instant lockedUntil,
      Instant expiresAt,
      Instant revokedAt,
      String caseNumber,
      String partyName,
      Instant grantedAt,
      String pendingCode,
      long caseRevision) {

    boolean activeAt(Instant now) {
      return revokedAt == null && now.isBefore(expiresAt);
    }
  }

  Optional<GrantRow> grant(long id) {
    return jdbc.sql(GRANT + " where g.id = ?").param(id).query(AccessRows::mapGrant).optional();
  }

  Optional<GrantRow> grantByCode(String codeHash) {
    return jdbc.sql(GRANT + " where g.query_code_hash = ? for update of g")
        .param(codeHash)
        .query(AccessRows::mapGrant)
        .optional();
  }

  List<GrantRow> grantsOf(long applicantId) {
    return jdbc.sql(GRANT + " where g.applicant_id = ? order by g.id desc")
        .param(applicantId)
        .query(AccessRows::mapGrant)
        .list();
  }

  List<GrantRow> grantsForUnits(Collection<Long> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(GRANT + " where c.procuratorate_id in (:u) order by g.id desc limit 300")
        .param("u", units)
        .query(AccessRows::mapGrant)
        .list();
  }

  long activeLawyers(long partyId, Instant now) {
    return jdbc.sql(
            """
            select count(*) from case_access_grant where party_id = ? and relation in ('DEFENCE_COUNSEL', 'LITIGATION_AGENT')
            and revoked_at is null and expires_at > ?""")
        .params(partyId, Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  boolean fromPublicNode(long applicationId) {
    return jdbc.sql("select origin_key is not null from access_application where id = ?")
        .param(applicationId)
        .query(Boolean.class)
        .single();
  }

  long applicationOfGrant(long grantId) {
    return jdbc.sql("select application_id from case_access_grant where id = ?")
        .param(grantId)
        .query(Long.class)
        .single();
  }

  void clearPendingCode(long grantId) {
    jdbc.sql("update case_access_grant set pending_code = null where id = ?")
        .param(grantId)
        .update();
  }

  void recordFailure(long grantId, int max, Instant lockUntil) {
    jdbc.sql(
            """
            update case_access_grant set failed_attempts = failed_attempts + 1,
              locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end where id = ?""")
        .params(max, Timestamp.from(lockUntil), grantId)
        .update();
  }

  void resetFailures(long grantId) {
    jdbc.sql("update case_access_grant set failed_attempts = 0, locked_until = null where id = ?")
        .param(grantId)
        .update();
  }

  void revoke(long grantId, String by, String reason, Instant now) {
    jdbc.sql(
            "update case_access_grant set revoked_at = ?, revoked_by = ?, revoke_reason = ? where id = ? and revoked_at is null")
        .params(Timestamp.from(now), by, reason, grantId)
        .update();
  }

  private ApplicationRow mapApplication(ResultSet rs, int n) throws SQLException {
    long caseId = rs.getLong("case_id");
    Long c = rs.wasNull() ? null : caseId;
    long partyId = rs.getLong("party_id");
    Long p = rs.wasNull() ? null : partyId;
    long handling = rs.getLong("handling_unit_id");
    Long h = rs.wasNull() ? null : handling;
    long id = rs.getLong("id");
    Relation relation = Relation.valueOf(rs.getString("relation"));
    ApplicationStatus status = ApplicationStatus.valueOf(rs.getString("status"));
    String note = rs.getString("note");
    ApplicationView view =
        new ApplicationView(
            id,
            rs.getString("case_number"),
            rs.getString("party_name"),
            relation,
            rs.getString("applicant_name"),
            rs.getString("id_number_tail"),
            rs.getString("lawyer_licence"),
            rs.getString("law_firm"),
            rs.getString("verifying_name"),
            rs.getString("handling_name"),
            c != null,
            status,
            note,
            rs.getTimestamp("created_at").toInstant(),
            materials(id));
    return new ApplicationRow(
        id,
        rs.getLong("applicant_id"),
        c,
        p,
        rs.getString("case_number"),
        rs.getLong("verifying_unit_id"),
        h,
        relation,
        rs.getString("id_number_hash"),
        status,
        note,
        rs.getString("decided_by"),
        instant(rs, "decided_at"),
        view);
  }

  private static GrantRow mapGrant(ResultSet rs, int n) throws SQLException {
    return new GrantRow(
        rs.getLong("id"),
        rs.getLong("applicant_id"),
        rs.getLong("case_id"),
        rs.getLong("party_id"),
        Relation.valueOf(rs.getString("relation")),
        rs.getString("query_code_hash"),
        rs.getString("id_number_hash"),
        rs.getInt("failed_attempts"),
        instant(rs, "locked_until"),
        instant(rs, "expires_at"),
        instant(rs, "revoked_at"),
        rs.getString("case_number"),
        rs.getString("party_name"),
        instant(rs, "granted_at"),
        rs.getString("pending_code"),
        rs.getLong("case_revision"));
  }

  /** A nullable timestamp column as an instant (also read by {@link AccessCopyRows}). */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
