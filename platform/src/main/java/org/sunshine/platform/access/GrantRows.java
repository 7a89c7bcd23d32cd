package org.sunshine.platform.access;

import static org.sunshine.platform.access.AccessRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunshine.platform.cases.CasePartyView;

/**
 * SQL for grants (case_access_grant): issued on an approved application, looked up by query code,
 * locked after failed attempts, revoked. Only this module's table: case numbers and party names
 * come from the cases module ({@link Grants}).
 */
@Repository
class GrantRows {

  /** The advisory lock class of a party's lawyers (the second key is the party). */
  private static final int LAWYERS_OF_A_PARTY = 7301;

  private static final String GRANT = "select g.* from case_access_grant g";

  private final JdbcClient jdbc;

  GrantRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
    return jdbc.sql(GRANT + " where g.id = ?").param(id).query(GrantRows::mapGrant).optional();
  }

  Optional<GrantRow> grantByCode(String codeHash) {
    return jdbc.sql(GRANT + " where g.query_code_hash = ? for update of g")
        .param(codeHash)
        .query(GrantRows::mapGrant)
        .optional();
  }

  List<GrantRow> grantsOf(long applicantId) {
    return jdbc.sql(GRANT + " where g.applicant_id = ? order by g.id desc")
        .param(applicantId)
        .query(GrantRows::mapGrant)
        .list();
  }

  /** Grants newest first, from the one below this id: a list filtered elsewhere, chunk by chunk. */
  List<GrantRow> grantsBelow(long id, int limit) {
    return jdbc.sql(GRANT + " where g.id < ? order by g.id desc limit ?")
        .params(id, limit)
        .query(GrantRows::mapGrant)
        .list();
  }

  /**
   * Lawyers other than this applicant holding a live grant to the party: a lawyer applying again
   * for a party already theirs is not a third. Counted under a lock on the party held to the end of
   * the transaction, so two approvals deciding at once cannot both see one lawyer.
   */
  long otherLawyersBound(long partyId, long applicantId, Instant now) {
    jdbc.sql("select pg_advisory_xact_lock(?, ?)")
        .params(LAWYERS_OF_A_PARTY, (int) (partyId ^ (partyId >>> 32)))
        .query()
        .singleRow();
    return otherLawyersBoundUnlocked(partyId, applicantId, now);
  }

  /**
   * The same count without the lock: the early refusal at filing, which decides nothing for good
   * (案管 counts again under the lock when approving), so a filing's uploads never hold other lawyers
   * of the party waiting.
   */
  long otherLawyersBoundUnlocked(long partyId, long applicantId, Instant now) {
    return jdbc.sql(
            """
            select count(distinct applicant_id) from case_access_grant where party_id = ? and applicant_id <> ?
            and relation in ('DEFENCE_COUNSEL', 'LITIGATION_AGENT') and revoked_at is null and expires_at > ?""")
        .params(partyId, applicantId, Timestamp.from(now))
        .query(Long.class)
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
}
