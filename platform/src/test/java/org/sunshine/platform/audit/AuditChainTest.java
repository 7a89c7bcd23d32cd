package org.sunshine.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.support.PlatformTest;

/**
 * The audit trail is tamper-evident: entries cannot be changed or deleted through the application's
 * connection, and one changed behind the trigger's back breaks the chain at its position.
 */
@PlatformTest
class AuditChainTest {

  @Autowired AuditLog audit;
  @Autowired AuditChain chain;
  @Autowired AuditChainSchedule schedule;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired @FlywayDataSource DataSource migrations;

  @Test
  void anAuditEntryCannotBeChangedOrDeletedEvenByTheOwnerOfTheTables() {
    long id = recordAndSeal("chain.tester.1");
    JdbcTemplate owner = new JdbcTemplate(migrations);
    assertThatThrownBy(() -> owner.update("update audit_entry set actor = 'x' where id = ?", id))
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> owner.update("delete from audit_entry where id = ?", id))
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> owner.execute("truncate audit_entry"))
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                jdbc.update("update audit_entry set chain_hash = '\\x00'::bytea where id = ?", id))
        .as("a seal is written once")
        .rootCause()
        .hasMessageContaining("append-only");
  }

  @Test
  void anEntryAlteredBehindTheTriggersBackBreaksTheChainAtItsPosition() {
    long id = recordAndSeal("chain.tester.2");
    assertThat(chain.verify().intact()).isTrue();
    long position =
        jdbc.queryForObject("select chain_seq from audit_entry where id = ?", Long.class, id);
    try {
      behindTheTrigger("update audit_entry set detail = 'rewritten' where id = " + id);
      ChainCheck check = chain.verify();
      assertThat(check.intact()).isFalse();
      assertThat(check.brokenAt()).isEqualTo(position);
      assertThat(check.problem()).isEqualTo("altered");

      schedule.verify();
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(
                          jdbc.queryForList(
                              "select body from notification where template = 'audit-chain-broken'"
                                  + " and idempotency_key like ?",
                              String.class,
                              "audit-chain-broken:" + position + "|staff:%"))
                      .as("the top unit's administrators are told")
                      .isNotEmpty()
                      .allMatch(b -> b.contains("第 " + position + " 条")));
    } finally {
      behindTheTrigger("update audit_entry set detail = 'chain test' where id = " + id);
    }
    assertThat(chain.verify().intact()).as("restored").isTrue();
  }

  @Test
  void theUnitOfTheRecordLookedAtIsSealedLikeEveryOtherField() {
    audit.record("chain.tester.3", null, "TEST", "Chain", "3", "chain test", Channel.WEB, 4242L);
    while (chain.seal() > 0) {
      // every committed entry, ours included
    }
    long id =
        jdbc.queryForObject(
            "select id from audit_entry where actor = 'chain.tester.3' order by id desc limit 1",
            Long.class);
    assertThat(chain.verify().intact()).isTrue();
    try {
      // Moving a look to another unit (or to none) is an alteration like any other.
      behindTheTrigger("update audit_entry set subject_unit = null where id = " + id);
      assertThat(chain.verify().problem()).isEqualTo("altered");
    } finally {
      behindTheTrigger("update audit_entry set subject_unit = 4242 where id = " + id);
    }
    assertThat(chain.verify().intact()).as("restored").isTrue();
  }

  @Test
  void anEntryOfATransactionStillRunningIsSealedOnlyAfterItCommits() throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CompletableFuture<Void> slow =
        CompletableFuture.runAsync(
            () ->
                tx.executeWithoutResult(
                    t -> {
                      audit.record(
                          "chain.slow",
                          null,
                          "TEST",
                          "Chain",
                          "slow",
                          "chain test",
                          Channel.CONSOLE);
                      written.countDown();
                      awaitQuietly(release);
                    }));
    assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
    recordAndSeal("chain.fast");
    release.countDown();
    slow.get(10, TimeUnit.SECONDS);

    assertThat(sealOf("chain.slow")).as("committed after the seal ran").isNull();
    while (chain.seal() > 0) {
      // the slow entry is sealed now that its transaction ended
    }
    assertThat(sealOf("chain.slow")).isGreaterThan(sealOf("chain.fast"));
    assertThat(chain.verify().intact()).isTrue();
  }

  private long recordAndSeal(String actor) {
    audit.record(actor, null, "TEST", "Chain", actor, "chain test", Channel.CONSOLE);
    while (chain.seal() > 0) {
      // every committed entry, ours included
    }
    return jdbc.queryForObject(
        "select id from audit_entry where actor = ? order by id desc limit 1", Long.class, actor);
  }

  private Long sealOf(String actor) {
    return jdbc.queryForObject(
        "select chain_seq from audit_entry where actor = ? order by id desc limit 1",
        Long.class,
        actor);
  }

  /**
   * What only the owner of the tables can do (the application's own role cannot): disable the
   * trigger for one statement.
   */
  private void behindTheTrigger(String sql) {
    JdbcTemplate owner = new JdbcTemplate(migrations);
    new TransactionTemplate(new DataSourceTransactionManager(migrations))
        .executeWithoutResult(
            t -> {
              owner.execute("alter table audit_entry disable trigger audit_entry_append_only");
              owner.execute(sql);
              owner.execute("alter table audit_entry enable trigger audit_entry_append_only");
            });
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
