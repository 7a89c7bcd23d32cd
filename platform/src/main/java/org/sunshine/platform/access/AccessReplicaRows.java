package org.sunshine.platform.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunshine.platform.cases.CasePartyView;
import org.sunshine.platform.texts.Texts;

/** Applications and grants as they are copied between the public and the internal node. */
@Repository
class AccessReplicaRows {

  /** Who decided, as the public node shows it (staff names stay internal). */
  static final String DECIDER = Texts.text("access.access-replica-rows.decided-by");

  private final JdbcClient jdbc;

  AccessReplicaRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ApplicationReplica> application(long id) {
    return jdbc.sql(
            """
            select a.*, ap.mobile from access_application a join applicant ap on ap.id = a.applicant_id
            where a.id = ?""")
        .param(id)
        .query(
            (rs, n) ->
                new ApplicationReplica(
                    rs.getLong("id"),
                    rs.getObject("public_key", UUID.class),
                    rs.getString("mobile"),
                    rs.getString("case_number"),
                    rs.getString("party_name"),
                    Relation.valueOf(rs.getString("relation")),
                    rs.getString("applicant_name"),
                    rs.getString("id_number_hash"),
                    rs.getString("id_number_tail"),
                    rs.getString("lawyer_licence"),
                    rs.getString("law_firm"),
                    rs.getLong("verifying_unit_id"),
                    AccessRows.instant(rs, "created_at"),
                    materials(id)))
        .optional();
  }

  private List<ApplicationReplica.Material> materials(long applicationId) {
    return jdbc.sql("select * from application_material where application_id = ? order by id")
        .param(applicationId)
        .query(
            (rs, n) ->
                new ApplicationReplica.Material(
                    rs.getLong("id"),
                    Relation.Material.valueOf(rs.getString("kind")),
                    rs.getString("file_name"),
                    rs.getString("content_type"),
                    rs.getBytes("content")))
        .list();
  }

  long applicant(String mobile, Instant now) {
    return jdbc.sql(
            """
            insert into applicant (mobile, created_at) values (?, ?)
            on conflict (mobile) do update set mobile = excluded.mobile returning id""")
        .params(mobile, Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  record Known(long id, String mobile) {}

  Optional<Known> byOrigin(UUID originKey) {
    return jdbc.sql(
            """
            select a.id, ap.mobile from access_application a join applicant ap on ap.id = a.applicant_id
            where a.origin_key = ?""")
        .param(originKey)
        .query((rs, n) -> new Known(rs.getLong(1), rs.getString(2)))
        .optional();
  }

  long insert(ApplicationReplica c, long applicantId, Long caseId, Long partyId, Long handling) {
    return jdbc.sql(
            """
            insert into access_application (applicant_id, case_number, case_id, party_id, party_name, relation,
              applicant_name, id_number_hash, id_number_tail, lawyer_licence, law_firm, verifying_unit_id,
              handling_unit_id, status, created_at, origin_ref, origin_key)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?) returning id""")
        .params(
            applicantId,
            c.caseNumber(),
            caseId,
            partyId,
            c.partyName(),
            c.relation().name(),
            c.applicantName(),
            c.idNumberHash(),
            c.idNumberTail(),
            c.lawyerLicence(),
            c.lawFirm(),
            c.verifyingUnitId(),
            handling,
            Timestamp.from(c.createdAt()),
            c.originId(),
            c.originKey())
        .query(Long.class)
        .single();
  }

  /** Inserts a material not yet copied; returns whether it was new. */
  boolean insertMaterial(long applicationId, ApplicationReplica.Material m, Instant now) {
    return jdbc.sql(
                """
                insert into application_material (application_id, kind, file_name, content_type, content,
                  uploaded_at, origin_ref)
                select ?, ?, ?, ?, ?, ?, ? where not exists
                  (select 1 from application_material where application_id = ? and origin_ref = ?)""")
            .params(
                applicationId,
                m.kind().name(),
                m.fileName(),
                m.contentType(),
                m.content(),
                Timestamp.from(now),
                m.originId(),
                applicationId,
                m.originId())
            .update()
        > 0;
  }

  record Decided(
      long id,
      Long originId,
      UUID originKey,
      String mobile,
      ApplicationStatus status,
      String note,
      Instant decidedAt,
      Long caseId,
      Long partyId,
      Long handlingUnitId) {}

  Optional<Decided> decided(long applicationId) {
    return jdbc.sql(
            """
            select a.*, ap.mobile from access_application a join applicant ap on ap.id = a.applicant_id
            where a.id = ?""")
        .param(applicationId)
        .query(
            (rs, n) ->
                new Decided(
                    rs.getLong("id"),
                    rs.getObject("origin_ref", Long.class),
                    rs.getObject("origin_key", UUID.class),
                    rs.getString("mobile"),
                    ApplicationStatus.valueOf(rs.getString("status")),
                    rs.getString("note"),
                    AccessRows.instant(rs, "decided_at"),
                    rs.getObject("case_id", Long.class),
                    rs.getObject("party_id", Long.class),
                    rs.getObject("handling_unit_id", Long.class)))
        .optional();
  }

  Optional<DecisionReplica.Grant> grantOf(long applicationId) {
    return jdbc.sql("select * from case_access_grant where application_id = ?")
        .param(applicationId)
        .query(
            (rs, n) ->
                new DecisionReplica.Grant(
                    rs.getLong("id"),
                    rs.getLong("case_id"),
                    rs.getLong("party_id"),
                    Relation.valueOf(rs.getString("relation")),
                    rs.getString("pending_code"),
                    AccessRows.instant(rs, "granted_at"),
                    AccessRows.instant(rs, "expires_at"),
                    AccessRows.instant(rs, "revoked_at"),
                    rs.getString("revoke_reason")))
        .optional();
  }

  /** A live grant to an application from the public node, and the case revision last copied. */
  record Copied(long grantId, long applicationId, long caseId, Long revision) {}

  /**
   * The live grants to applications from the public node, locked until the transaction ends (so two
   * exports never claim the same change).
   */
  List<Copied> liveRemoteGrantsForUpdate(Instant now) {
    return jdbc.sql(
            """
            select g.id, g.application_id, g.case_id, g.copied_revision
            from case_access_grant g join access_application a on a.id = g.application_id
            where a.origin_ref is not null and g.revoked_at is null and g.expires_at > ?
            for update of g""")
        .param(Timestamp.from(now))
        .query(
            (rs, n) ->
                new Copied(
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, Long.class)))
        .list();
  }

  /** Marks these grants' replicas queued at these case revisions (by case id). */
  void markCopied(List<Copied> grants, Map<Long, Long> revisions) {
    if (grants.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            update case_access_grant g set copied_revision = v.revision
            from unnest(?::bigint[], ?::bigint[]) as v(id, revision) where g.id = v.id""")
        .params(
            grants.stream().map(Copied::grantId).toArray(Long[]::new),
            grants.stream().map(g -> revisions.get(g.caseId())).toArray(Long[]::new))
        .update();
  }

  List<Long> remoteWithActiveGrants(Instant now) {
    return jdbc.sql(
            """
            select a.id from access_application a join case_access_grant g on g.application_id = a.id
            where a.origin_ref is not null and g.revoked_at is null and g.expires_at > ?""")
        .param(Timestamp.from(now))
        .query(Long.class)
        .list();
  }

  /** The decision as the public node records it (its own application id). */
  boolean applyDecision(DecisionReplica d) {
    return jdbc.sql(
                """
                update access_application set status = ?, note = ?, decided_by = ?, decided_at = ?,
                  case_id = ?, party_id = ?, handling_unit_id = ?
                where id = ? and public_key = ?
                  and applicant_id = (select id from applicant where mobile = ?)""")
            .params(
                d.status().name(),
                d.note(),
                DECIDER,
                d.decidedAt() == null ? null : Timestamp.from(d.decidedAt()),
                d.caseId(),
                d.partyId(),
                d.handlingUnitId(),
                d.originId(),
                d.originKey(),
                d.mobile())
            .update()
        > 0;
  }

  /** Whether this node holds the grant as live (before a decision with it is applied). */
  boolean grantLive(long grantId, Instant now) {
    return jdbc.sql(
                "select count(*) from case_access_grant where id = ? and revoked_at is null and expires_at > ?")
            .params(grantId, Timestamp.from(now))
            .query(Long.class)
            .single()
        > 0;
  }

  /** The application's status on this node before a decision is applied. */
  Optional<ApplicationStatus> statusOf(long applicationId) {
    return jdbc.sql("select status from access_application where id = ?")
        .param(applicationId)
        .query(String.class)
        .optional()
        .map(ApplicationStatus::valueOf);
  }

  long applicantOf(long applicationId) {
    return jdbc.sql("select applicant_id from access_application where id = ?")
        .param(applicationId)
        .query(Long.class)
        .single();
  }

  /**
   * The grant as the internal node issued it (same id). A 查询码 the applicant has already seen is not
   * brought back; failed attempts and locks stay this node's own.
   */
  void upsertGrant(long applicationId, long applicantId, DecisionReplica.Grant g) {
    // The kiosk and the window (internal node) check the 查询码 and ID number; here the applicant
    // is signed in, so neither hash is needed: a random value fills the column, and the ID hash
    // is the one this applicant typed here.
    jdbc.sql(
            """
            insert into case_access_grant (id, application_id, applicant_id, case_id, party_id, relation,
              query_code_hash, pending_code, id_number_hash, granted_at, expires_at, revoked_at, revoked_by,
              revoke_reason)
            overriding system value values (?, ?, ?, ?, ?, ?, encode(sha256(gen_random_uuid()::text::bytea), 'hex'),
              ?, (select id_number_hash from access_application where id = ?), ?, ?, ?, ?, ?)
            on conflict (id) do update set expires_at = excluded.expires_at,
              revoked_at = coalesce(case_access_grant.revoked_at, excluded.revoked_at),
              revoked_by = coalesce(case_access_grant.revoked_by, excluded.revoked_by),
              revoke_reason = coalesce(case_access_grant.revoke_reason, excluded.revoke_reason)""")
        .params(
            g.id(),
            applicationId,
            applicantId,
            g.caseId(),
            g.partyId(),
            g.relation().name(),
            g.pendingCode(),
            applicationId,
            Timestamp.from(g.grantedAt()),
            Timestamp.from(g.expiresAt()),
            g.revokedAt() == null ? null : Timestamp.from(g.revokedAt()),
            g.revokedAt() == null ? null : DECIDER,
            g.revokeReason())
        .update();
  }

  /** The clear 查询码 leaves the internal node with its first export (the public node shows it). */
  void forgetPendingCode(long applicationId) {
    jdbc.sql("update case_access_grant set pending_code = null where application_id = ?")
        .param(applicationId)
        .update();
  }

  /** Materials reached the internal node once it decided; the internet-facing replica goes. */
  void purgeMaterials(long applicationId) {
    jdbc.sql("delete from application_material where application_id = ?")
        .param(applicationId)
        .update();
  }

  boolean otherLiveGrant(long caseId, long partyId, long grantId, Instant now) {
    return jdbc.sql(
                """
                select count(*) from case_access_grant where case_id = ? and party_id = ? and id <> ?
                  and revoked_at is null and expires_at > ?""")
            .params(caseId, partyId, grantId, Timestamp.from(now))
            .query(Long.class)
            .single()
        > 0;
  }

  record Ended(long grantId, long caseId, long partyId) {}

  /**
   * The ended grants to these parties (by case and party) that no live grant to the same party
   * outlives.
   */
  List<Ended> endedGrantsOf(List<CasePartyView.Key> parties, Instant now) {
    if (parties.isEmpty()) {
      return List.of();
    }
    Set<CasePartyView.Key> wanted = Set.copyOf(parties);
    return jdbc
        .sql(
            """
            select g.id, g.case_id, g.party_id from case_access_grant g
            where g.party_id = any(?) and (g.revoked_at is not null or g.expires_at <= ?)
              and not exists (select 1 from case_access_grant o where o.case_id = g.case_id
                and o.party_id = g.party_id and o.revoked_at is null and o.expires_at > ?)""")
        .params(
            parties.stream().map(CasePartyView.Key::partyId).distinct().toArray(Long[]::new),
            Timestamp.from(now),
            Timestamp.from(now))
        .query((rs, n) -> new Ended(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
        .list()
        .stream()
        .filter(e -> wanted.contains(new CasePartyView.Key(e.caseId(), e.partyId())))
        .toList();
  }
}
