package org.sunshine.platform.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sunshine.platform.texts.Texts;

/**
 * The state of the channel as one node sees it: packages sent (and what the other side acknowledged
 * of them), packages received, refusals, and how long since the peer's last package.
 *
 * @param lag time since the newest package from the peer was written; null before the first
 * @param alert no package from the peer for longer than {@code alertAfter}
 * @param waitingFor the sequence the node waits for when a later one arrived first (a gap)
 */
record TransferStatus(
    String role,
    String source,
    String peer,
    List<Sent> sent,
    List<Received> received,
    List<Refusal> refusals,
    Duration lag,
    Duration alertAfter,
    boolean alert,
    Long waitingFor) {

  public record Sent(
      long sequence,
      Instant createdAt,
      int records,
      Instant deliveredAt,
      Instant acknowledgedAt,
      Integer applied,
      Integer rejected,
      String report) {}

  public record Received(
      String source,
      long sequence,
      Instant createdAt,
      Instant finishedAt,
      int records,
      int nextRecord,
      int applied,
      int rejected,
      String report) {}

  public record Refusal(String packageName, String reason, String detail, Instant refusedAt) {}

  public String lagText() {
    if (lag == null) {
      return Texts.text("transfer.transfer-status.lag.nothing");
    }
    long m = lag.toMinutes();
    return m < 1
        ? Texts.text("transfer.transfer-status.lag.under-minute")
        : m < 120
            ? Texts.text("transfer.transfer-status.lag.minutes", m)
            : Texts.text("transfer.transfer-status.lag.hours", lag.toHours(), (m % 60));
  }
}
