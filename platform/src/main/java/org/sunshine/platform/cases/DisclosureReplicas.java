package org.sunshine.platform.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.texts.BadInput;

/**
 * Replicas of single parties' disclosures for a public node (ADR 11): the internal node assembles
 * one for each grant the public node holds, the public node keeps it in {@code
 * party_disclosure_replica} and answers status queries from it — the only case data a public node
 * ever has.
 */
@Service
public class DisclosureReplicas {

  private final Cases cases;
  private final CaseRows rows;
  private final DisclosureReplicaRows replicas;

  DisclosureReplicas(Cases cases, CaseRows rows, DisclosureReplicaRows replicas) {
    this.cases = cases;
    this.rows = rows;
    this.replicas = replicas;
  }

  /** The party's disclosure now, for the replica (internal node). */
  @Transactional(readOnly = true)
  public Optional<DisclosureReplica> export(long caseId, long partyId) {
    return rows.byId(caseId)
        .flatMap(
            c -> {
              long revision = rows.revision(caseId).orElseThrow();
              return cases.record(caseId).parties().stream()
                  .filter(p -> p.id() == partyId)
                  .findFirst()
                  .map(
                      p ->
                          new DisclosureReplica(
                              caseId,
                              partyId,
                              c.caseNumber(),
                              p.name(),
                              revision,
                              cases.disclosure(caseId, partyId, revision)));
            });
  }

  /** Keeps the newest replica (public node); an older revision never replaces a newer one. */
  @Transactional
  public void apply(DisclosureReplica replica) {
    if (replica.disclosure() == null
        || replica.caseNumber() == null
        || replica.partyName() == null) {
      throw BadInput.at("disclosure", "cases.disclosure-replicas.disclosure.incomplete");
    }
    replicas.upsert(replica);
  }

  /** The parties this node holds a replica for (public node; none elsewhere). */
  @Transactional(readOnly = true)
  public List<CasePartyView.Key> held() {
    return replicas.keys();
  }

  /** Removes a replica no grant needs any more (public node). */
  @Transactional
  public void remove(long caseId, long partyId) {
    replicas.delete(caseId, partyId);
  }
}
