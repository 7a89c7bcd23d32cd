package org.sunshine.platform.infrastructure;

/**
 * A module's stored values that depend on {@link Keys} (ADR 27). Each module re-keys its own tables
 * at every start and in {@code ./sunshine rotate-keys}: values written before keys existed, and
 * values under a key that is no longer current (another node's rotated key file copied here).
 */
public interface KeyedColumns {

  /**
   * Moves stored values to the current keys. Safe to run twice or on two instances at once: each
   * row changes only from the value read.
   *
   * @return how many values changed
   */
  int rekey();
}
