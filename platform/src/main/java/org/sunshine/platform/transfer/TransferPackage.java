package org.sunshine.platform.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A verified package: its sequence number, its records (one JSON object each, as written) and its
 * attachments by path. A baseline package carries the whole published state and may follow any
 * earlier sequence (a new or restored receiver).
 */
record TransferPackage(
    long sequence,
    String source,
    Instant createdAt,
    boolean baseline,
    String manifestSha256,
    List<String> records,
    Map<String, byte[]> attachments) {

  public TransferPackage {
    records = List.copyOf(records);
    attachments = Map.copyOf(attachments);
  }
}
