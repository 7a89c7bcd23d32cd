package org.sunshine.platform.audit;

/** The daily walk of the audit chain found an entry missing or altered. */
public record AuditChainBroken(long brokenAt, String problem) {}
