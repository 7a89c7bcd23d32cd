package org.sunshine.platform.transfer;

/** One record of a package that cannot be applied; it is skipped and reported, the rest go on. */
class RecordRejected extends RuntimeException {

  RecordRejected(String message) {
    super(message);
  }
}
