package org.sunshine.redaction;

/** How the part of an address below county level is masked. */
public enum AddressStyle {
  /**
   * The supreme procuratorate's examples: named parts and numbers masked, unit words kept
   * (**街道**路**号).
   */
  UNIT_WORDS_KEPT,
  /** Everything below county level becomes ** . */
  WHOLE_TAIL
}
