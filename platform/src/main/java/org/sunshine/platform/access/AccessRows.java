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
import org.sunshine.platform.cases.CasePartyView;
import org.sunshine.platform.infrastructure.Keys;

/** SQL for applications, materials and grants. */
@Repository
class AccessRows {

  // Only this module's tables: unit names come from the directory, case numbers and party names
  // from the cases module (Grants).
  private static final String APPLICATION = "select a.* from access_application a";
  private static final String GRANT = "select g.* from case_access_grant g";

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

    CasePartyView.Key party() {
      return new CasePartyView.Key(caseId, partyId);
    }

    /**
     * The grant with its case's number and revision and its party's name, as the cases module knows
     * them (unchanged when it knows nothing of them, e.g. a public node's replica is gone).
     */
    GrantRow named(CasePartyView p) {
      if (p == null) {
        return this;
      }
      return new GrantRow(
          id,
          applicantId,
          caseId,
          partyId,
          relation,
          codeHash,
          idHash,
          failedAttempts,
          lockedUntil,
          expiresAt,
          revokedAt,
          p.caseNumber(),
          p.partyName(),
          grantedAt,
          pendingCode,
          p.revision());
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

  /** Grants newest first, from the one below this id: a list filtered elsewhere, chunk by chunk. */
  List<GrantRow> grantsBelow(long id, int limit) {
    return jdbc.sql(GRANT + " where g.id < ? order by g.id desc limit ?")
        .params(id, limit)
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
        null,
        null,
        instant(rs, "granted_at"),
        rs.getString("pending_code"),
        0);
  }

  /** A nullable timestamp column as an instant (also read by {@link AccessReplicaRows}). */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  /** A grant that works now: whose, to which party. */
  /**
   * A grant that works now: whose, to which party; {@code remote} when its application came from
   * the public node (its applicant is told there).
   */
  record LiveGrant(long grantId, long applicantId, long partyId, boolean remote) {}

  List<LiveGrant> liveGrantsOfCase(long caseId, Instant now) {
    return jdbc.sql(
            """
            select g.id, g.applicant_id, g.party_id, a.origin_key is not null
            from case_access_grant g join access_application a on a.id = g.application_id
            where g.case_id = ? and g.revoked_at is null and g.expires_at > ? order by g.id""")
        .params(caseId, Timestamp.from(now))
        .query(
            (rs, n) -> new LiveGrant(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)))
        .list();
  }
}
