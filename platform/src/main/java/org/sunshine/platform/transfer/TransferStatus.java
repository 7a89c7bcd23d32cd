package org.sunshine.platform.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
      return "尚未收到";
    }
    long m = lag.toMinutes();
    return m < 1 ? "不到1分钟" : m < 120 ? m + "分钟" : lag.toHours() + "小时" + (m % 60) + "分钟";
  }
}
