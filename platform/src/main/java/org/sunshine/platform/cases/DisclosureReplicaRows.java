package org.sunshine.platform.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The table of disclosure replicas on a public node. */
@Repository
class DisclosureReplicaRows {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final JdbcClient jdbc;
  private final Clock clock;

  DisclosureReplicaRows(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Keeps the newest replica; an older revision never replaces a newer one. */
  void upsert(DisclosureReplica replica) {
    jdbc.sql(
            """
            insert into party_disclosure_replica (case_id, party_id, case_number, party_name, revision, disclosure,
                copied_at)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (case_id, party_id) do update set case_number = excluded.case_number,
                party_name = excluded.party_name, revision = excluded.revision,
                disclosure = excluded.disclosure, copied_at = excluded.copied_at
            where party_disclosure_replica.revision <= excluded.revision""")
        .params(
            replica.caseId(),
            replica.partyId(),
            replica.caseNumber(),
            replica.partyName(),
            replica.revision(),
            JSON.writeValueAsString(replica.disclosure()),
            Timestamp.from(clock.instant()))
        .update();
  }

  void delete(long caseId, long partyId) {
    jdbc.sql("delete from party_disclosure_replica where case_id = ? and party_id = ?")
        .params(caseId, partyId)
        .update();
  }

  /** The parties these replicas are of, by party id, as their replicas name them (no unit). */
  List<CasePartyView> partyViews(Collection<Long> partyIds) {
    return jdbc.sql(
            """
            select case_id, party_id, case_number, party_name, revision from party_disclosure_replica
            where party_id = any(?)""")
        .param(partyIds.toArray(Long[]::new))
        .query(
            (rs, n) ->
                new CasePartyView(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    null,
                    rs.getLong(5)))
        .list();
  }

  List<CasePartyView.Key> keys() {
    return jdbc.sql("select case_id, party_id from party_disclosure_replica")
        .query((rs, n) -> new CasePartyView.Key(rs.getLong(1), rs.getLong(2)))
        .list();
  }

  Optional<PartyDisclosure> find(long caseId, long partyId) {
    return jdbc.sql(
            "select disclosure from party_disclosure_replica where case_id = ? and party_id = ?")
        .params(caseId, partyId)
        .query(String.class)
        .optional()
        .map(json -> JSON.readValue(json, PartyDisclosure.class));
  }
}
