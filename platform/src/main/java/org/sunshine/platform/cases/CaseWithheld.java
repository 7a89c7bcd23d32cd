package org.sunshine.platform.cases;

/**
 * A case became withheld from the public by law (RULES.md §1: a state secret, an offender a minor
 * at the offence) after it was not: what was published of it must be taken back. Published when the
 * screening of an import finds it so; listeners act after commit.
 */
public record CaseWithheld(long caseId, String caseNumber) {}
