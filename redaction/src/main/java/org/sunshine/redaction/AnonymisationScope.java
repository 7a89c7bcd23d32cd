package org.sunshine.redaction;

/** Whose names are replaced by pseudonyms. */
public enum AnonymisationScope {
  /** Every natural person who is a party or participant (the default: privacy by default). */
  ALL_NATURAL_PERSONS,
  /**
   * The statute's minimum (2014 规定 第十九条): victims, witnesses, experts, their representatives, and
   * the accused only where the case record says so. Needs {@link KnownParticipant} roles; without
   * them it behaves like the default.
   */
  STATUTORY_MINIMUM
}
