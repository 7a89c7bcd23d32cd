package org.sunshine.platform.infrastructure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (dispatching messages, sealing the audit trail, reminders, transfers) run in a
 * serving platform. A maintenance command run beside it on the same database ({@code ./sunshine
 * check-search-index}, {@code verify-audit}) switches them off, so that it only reads: it must not
 * send a message or move a package on the way.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "sunshine.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {}
