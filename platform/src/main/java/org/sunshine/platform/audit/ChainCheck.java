package org.sunshine.platform.audit;

/**
 * What a walk of the audit chain found: how many sealed entries verified, and, when the chain is
 * broken, the first position where an entry is missing or was altered.
 *
 * @param verified sealed entries whose hash matched, from the first
 * @param unsealed entries written but not sealed yet (sealed within seconds)
 * @param brokenAt the first chain position that failed, or null when intact
 * @param problem "missing" or "altered", or null when intact
 * @param head the hash of the last entry verified (hex): kept outside the database (the log, a
 *     printout), it shows a rewrite of the whole chain by someone able to recompute every hash
 */
public record ChainCheck(long verified, long unsealed, Long brokenAt, String problem, String head) {

  static ChainCheck intact(long verified, long unsealed, String head) {
    return new ChainCheck(verified, unsealed, null, null, head);
  }

  static ChainCheck broken(long verified, long at, String problem, String head) {
    return new ChainCheck(verified, -1, at, problem, head);
  }

  public boolean intact() {
    return brokenAt == null;
  }
}
