package org.sunshine.platform.cases;

/**
 * One party's disclosure as it crosses to a public node for a grant there: the seven items, the
 * case number and the party's name the grant shows, and the case's revision when it was assembled.
 */
public record DisclosureReplica(
    long caseId,
    long partyId,
    String caseNumber,
    String partyName,
    long revision,
    PartyDisclosure disclosure) {}
