package org.sunshine.platform.cases;

import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;

/** A public node's disclosures: the replica the internal node sent for each grant (ADR 11). */
final class ReplicaDisclosures implements DisclosureSource {

  private final DisclosureReplicaRows replicas;

  ReplicaDisclosures(DisclosureReplicaRows replicas) {
    this.replicas = replicas;
  }

  @Override
  public PartyDisclosure disclosure(long caseId, long partyId) {
    return replicas
        .find(caseId, partyId)
        .orElseThrow(() -> new NoSuchElementException("no disclosure replica for " + caseId));
  }

  @Override
  public PartyDisclosure disclosure(long caseId, long partyId, long revision) {
    return disclosure(caseId, partyId);
  }

  @Override
  public boolean holdsCaseRecords() {
    return false;
  }

  @Override
  public List<CasePartyView> partyViews(Collection<Long> partyIds) {
    return replicas.partyViews(partyIds);
  }
}
