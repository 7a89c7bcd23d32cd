package org.sunshine.platform.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The authentication state of one staff account. Failures lock it for a while; a success or an
 * administrator lifts the lock. The TOTP secret is pending until the first valid code confirms it.
 */
class Credential {

  private final long accountId;
  private String passwordHash;
  private Instant passwordChangedAt;
  private int failedAttempts;
  private Instant lockedUntil;
  private Instant lastLoginAt;
  private String totpSecret;
  private boolean totpEnabled;
  private Long totpLastStep;

  Credential(
      long accountId,
      String passwordHash,
      Instant passwordChangedAt,
      int failedAttempts,
      Instant lockedUntil,
      Instant lastLoginAt,
      String totpSecret,
      boolean totpEnabled,
      Long totpLastStep) {
    this.accountId = accountId;
    this.passwordHash = passwordHash;
    this.passwordChangedAt = passwordChangedAt;
    this.failedAttempts = failedAttempts;
    this.lockedUntil = lockedUntil;
    this.lastLoginAt = lastLoginAt;
    this.totpSecret = totpSecret;
    this.totpEnabled = totpEnabled;
    this.totpLastStep = totpLastStep;
  }

  static Credential withPassword(long accountId, String hash, Instant now) {
    return new Credential(accountId, hash, now, 0, null, null, null, false, null);
  }

  boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  void recordFailure(Instant now, int maxAttempts, Duration lockout) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      failedAttempts = 0;
      lockedUntil = null;
    }
    failedAttempts++;
    if (failedAttempts >= maxAttempts) {
      lockedUntil = now.plus(lockout);
    }
  }

  void recordLogin(Instant now) {
    failedAttempts = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  void unlock() {
    if (lockedUntil == null && failedAttempts == 0) {
      throw new IllegalStateException("account " + accountId + " is not locked");
    }
    failedAttempts = 0;
    lockedUntil = null;
  }

  void changePassword(String newHash, Instant now) {
    passwordHash = newHash;
    passwordChangedAt = now;
  }

  /** Starts (or restarts) enrolment: the secret is stored but not enforced until confirmed. */
  void beginTotpEnrolment(String secret) {
    if (totpEnabled) {
      throw new IllegalStateException("TOTP is already enabled; disable it first");
    }
    totpSecret = secret;
  }

  void confirmTotp(long step) {
    if (totpSecret == null) {
      throw new IllegalStateException("no TOTP enrolment in progress");
    }
    totpEnabled = true;
    totpLastStep = step;
  }

  /** A code's time step may be used once: a replayed code is refused. */
  void acceptTotpStep(long step) {
    if (totpLastStep != null && step <= totpLastStep) {
      throw new IllegalStateException("TOTP code already used");
    }
    totpLastStep = step;
  }

  void resetTotp() {
    totpSecret = null;
    totpEnabled = false;
    totpLastStep = null;
  }

  long accountId() {
    return accountId;
  }

  String passwordHash() {
    return passwordHash;
  }

  Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  int failedAttempts() {
    return failedAttempts;
  }

  Instant lockedUntil() {
    return lockedUntil;
  }

  Instant lastLoginAt() {
    return lastLoginAt;
  }

  String totpSecret() {
    return totpSecret;
  }

  boolean totpEnabled() {
    return totpEnabled;
  }

  Long totpLastStep() {
    return totpLastStep;
  }
}
