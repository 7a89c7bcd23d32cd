package org.sunshine.platform.cases;

import java.util.Collection;
import java.util.List;

/**
 * Where a party's disclosure comes from on this node, chosen once by the node's role (ADR 11): the
 * case tables, or a public node's replicas, which are the only case data it holds.
 */
interface DisclosureSource {

  PartyDisclosure disclosure(long caseId, long partyId);

  /** The same, with the case's revision the caller has just read (a public node ignores it). */
  PartyDisclosure disclosure(long caseId, long partyId, long revision);

  List<CasePartyView> partyViews(Collection<Long> partyIds);

  /** Whether this node holds the case tables (not only replicas of granted parties). */
  boolean holdsCaseRecords();
}
