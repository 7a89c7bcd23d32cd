package org.sunshine.platform.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A verified package: its sequence number, its records (one JSON object each, as written) and its
 * attachments by path.
 */
public record TransferPackage(
    long sequence,
    String source,
    Instant createdAt,
    List<String> records,
    Map<String, byte[]> attachments) {

  public TransferPackage {
    records = List.copyOf(records);
    attachments = Map.copyOf(attachments);
  }
}
