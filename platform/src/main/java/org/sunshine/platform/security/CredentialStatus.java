package org.sunshine.platform.security;

import java.time.Instant;

/** What an administrator sees of an account's authentication state. */
public record CredentialStatus(
    long accountId,
    boolean locked,
    Instant lockedUntil,
    int failedAttempts,
    Instant lastLoginAt,
    boolean totpEnabled,
    boolean hasPassword) {}
