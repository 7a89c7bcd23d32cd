package org.sunshine.platform.audit;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Group commit for the busiest audit entries (status queries): callers hand their entry over and
 * wait until it is committed, and one writer commits everything that arrived meanwhile in a single
 * transaction. Nothing is answered before its audit entry is durable; the database sees one commit
 * per batch instead of one per query.
 */
@Component
class AuditBatchWriter {

  static final int MAX_BATCH = 500;

  record Pending(Object[] row, CompletableFuture<Void> done) {}

  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(100_000);
  private final JdbcTemplate jdbc;
  private final Thread writer;
  private volatile boolean running = true;

  AuditBatchWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.writer = new Thread(this::run, "audit-writer");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /** Blocks until the entry is committed; fails (and the caller answers nothing) otherwise. */
  void write(Object[] row) {
    Pending p = new Pending(row, new CompletableFuture<>());
    try {
      if (!queue.offer(p, 2, TimeUnit.SECONDS)) {
        throw new IllegalStateException("audit queue full");
      }
      p.done().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while auditing", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("audit entry not written", e);
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>();
    while (running) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        flush(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failAll(new IllegalStateException("audit writer stopped"));
        return;
      } catch (Throwable t) {
        // Never die silently: fail this batch's waiters (they answer nothing) and go on.
        batch.forEach(p -> p.done().completeExceptionally(t));
      } finally {
        batch.clear();
      }
    }
  }

  private void flush(List<Pending> batch) {
    try {
      // One multi-row INSERT in autocommit: one round trip and one commit for the whole batch.
      StringBuilder sql =
          new StringBuilder(
              "insert into audit_entry (occurred_at, actor, actor_unit, action, subject_type, subject_id,"
                  + " detail, channel, request_id, client_address, subject_unit) values ");
      List<Object> params = new ArrayList<>(batch.size() * 11);
      for (int i = 0; i < batch.size(); i++) {
        sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        params.addAll(Arrays.asList(batch.get(i).row()));
      }
      jdbc.update(sql.toString(), params.toArray());
      batch.forEach(p -> p.done().complete(null));
    } catch (RuntimeException e) {
      batch.forEach(p -> p.done().completeExceptionally(e));
    }
  }

  @PreDestroy
  void stop() {
    running = false;
    writer.interrupt();
    failAll(new IllegalStateException("audit writer stopped"));
  }

  private void failAll(RuntimeException e) {
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(p -> p.done().completeExceptionally(e));
  }

  static Object[] row(
      Instant at,
      String actor,
      Long unit,
      String action,
      String subjectType,
      String subjectId,
      String detail,
      String channel,
      String requestId,
      String clientAddress,
      Long subjectUnit) {
    return new Object[] {
      Timestamp.from(at),
      actor,
      unit,
      action,
      subjectType,
      subjectId,
      detail,
      channel,
      requestId,
      clientAddress,
      subjectUnit
    };
  }
}
