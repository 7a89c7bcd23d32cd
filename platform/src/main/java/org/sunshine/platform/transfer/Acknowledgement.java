package org.sunshine.platform.transfer;

import java.time.Instant;

/**
 * What a node tells the sender about one package it applied: how many records were applied, which
 * were rejected and why (one line each: record number, key, reason).
 */
record Acknowledgement(
    String source,
    long sequence,
    int records,
    int applied,
    int rejected,
    String report,
    Instant finishedAt) {

  static Acknowledgement of(TransferStatus.Received r) {
    return new Acknowledgement(
        r.source(),
        r.sequence(),
        r.records(),
        r.applied(),
        r.rejected(),
        r.report(),
        r.finishedAt());
  }
}
