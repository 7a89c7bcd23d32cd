package org.sunshine.platform.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals new audit entries every few seconds (an entry stays unsealed only that long), and walks the
 * whole chain once a day: a break is logged as an error and published, so administrators are told.
 */
@Component
class AuditChainSchedule {

  private static final Logger log = LoggerFactory.getLogger(AuditChainSchedule.class);

  private final AuditChain chain;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  AuditChainSchedule(
      AuditChain chain, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
    this.chain = chain;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Scheduled(
      fixedDelayString = "${sunshine.audit.seal-every:PT5S}",
      initialDelayString = "${sunshine.audit.seal-every:PT5S}")
  void seal() {
    // The sealer takes an advisory lock itself: instances take turns, none seals twice.
    while (chain.seal() == AuditChain.BATCH) {
      // a backlog (the first start after V23 seals every older entry) is worked off at once
    }
  }

  @Scheduled(cron = "${sunshine.audit.verify-cron:0 40 3 * * *}")
  @SchedulerLock(name = "audit-chain-verify", lockAtMostFor = "PT2H")
  void verify() {
    ChainCheck check = chain.verify();
    if (check.intact()) {
      // The head goes to the log, outside the database: compared with a later walk it shows a
      // rewrite by someone who recomputed every hash (ADR 19).
      log.info("Audit chain intact: {} entries verified, head {}", check.verified(), check.head());
    } else {
      log.error(
          "AUDIT CHAIN BROKEN at position {} ({}): entries were changed or deleted",
          check.brokenAt(),
          check.problem());
      // Published in a transaction: listeners run after its commit, through the event registry.
      transaction.executeWithoutResult(
          t -> events.publishEvent(new AuditChainBroken(check.brokenAt(), check.problem())));
    }
  }
}
