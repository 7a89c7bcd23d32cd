package org.sunshine.platform.transfer;

/** A package that must not be applied, with the reason (for the acknowledgement and the log). */
class PackageRejected extends Exception {

  /** Why: each is reported as such to the sending side. */
  public enum Reason {
    MISSING_MANIFEST,
    BAD_SIGNATURE,
    CHANGED_FILE,
    MISSING_FILE,
    UNLISTED_FILE,
    SEQUENCE_GAP,
    REPLAY,
    MALFORMED,
    DAMAGED_ARCHIVE,
    UNKNOWN_SOURCE
  }

  private final Reason reason;

  public PackageRejected(Reason reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
