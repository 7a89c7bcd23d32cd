package org.sunshine.platform.security;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;

/** Passwords, lockout and the second factor of staff accounts. */
@Service
@Transactional
public class Credentials {

  static final int RECOVERY_CODE_COUNT = 10;

  private final CredentialRows rows;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final Totp totp;
  private final StaffAccounts accounts;
  private final StaffSecurityProperties properties;
  private final Clock clock;
  private final AuditLog auditLog;

  Credentials(
      CredentialRows rows,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      Totp totp,
      StaffAccounts accounts,
      StaffSecurityProperties properties,
      Clock clock,
      AuditLog auditLog) {
    this.rows = rows;
    this.encoder = encoder;
    this.policy = policy;
    this.totp = totp;
    this.accounts = accounts;
    this.properties = properties;
    this.clock = clock;
    this.auditLog = auditLog;
  }

  /** Sets a password without knowing the old one: installer, demo data and activation only. */
  public void setInitialPassword(long accountId, String rawPassword) {
    policy.check(rawPassword);
    rows.save(Credential.withPassword(accountId, encoder.encode(rawPassword), clock.instant()));
  }

  /**
   * Sets a password an administrator chose for someone else: it opens only the password form until
   * its holder has chosen their own (issue 15).
   */
  @Transactional
  public void setTemporaryPassword(long accountId, String rawPassword) {
    setInitialPassword(accountId, rawPassword);
    rows.markTemporary(accountId, true);
  }

  /** Whether the account still signs in with a password an administrator chose. */
  @Transactional(readOnly = true)
  public boolean mustChangePassword(long accountId) {
    return rows.isTemporary(accountId);
  }

  /**
   * Changes one's own password. A wrong current password counts towards the lockout exactly like a
   * failed login (and is audited), so a left-open session cannot be used to guess it; once locked
   * the form refuses with {@link LockedException}. The counting survives the refusal (no rollback).
   */
  @Transactional(noRollbackFor = {IllegalArgumentException.class, LockedException.class})
  public void changePassword(StaffIdentity self, String current, String replacement) {
    Credential credential = rows.byAccountForUpdate(self.accountId()).orElseThrow();
    Instant now = clock.instant();
    if (credential.lockedAt(now)) {
      throw new LockedException("account " + self.accountId() + " is locked");
    }
    if (!encoder.matches(current, credential.passwordHash())) {
      credential.recordFailure(now, properties.maxFailedAttempts(), properties.lockoutDuration());
      rows.save(credential);
      audit(self, "PASSWORD_CHANGE_FAILED");
      if (credential.lockedAt(now)) {
        throw new LockedException("account " + self.accountId() + " is locked");
      }
      throw BadInput.at("currentPassword", "security.credentials.current-password.wrong");
    }
    policy.check(replacement);
    if (encoder.matches(replacement, credential.passwordHash())) {
      throw BadInput.at("newPassword", "security.credentials.new-password.same");
    }
    credential.changePassword(encoder.encode(replacement), now);
    rows.save(credential);
    rows.markTemporary(self.accountId(), false);
    audit(self, "PASSWORD_CHANGED");
  }

  private void audit(StaffIdentity self, String action) {
    auditLog.record(
        self.username(),
        self.unitId(),
        action,
        "StaffAccount",
        String.valueOf(self.accountId()),
        null,
        Channel.CONSOLE);
  }

  @Transactional(readOnly = true)
  public Map<Long, CredentialStatus> statuses(Collection<Long> accountIds) {
    return rows.byAccounts(accountIds).stream()
        .map(this::status)
        .collect(Collectors.toMap(CredentialStatus::accountId, Function.identity()));
  }

  @Transactional(readOnly = true)
  public CredentialStatus status(long accountId) {
    return status(existing(accountId));
  }

  public void unlock(StaffIdentity administrator, long accountId) {
    if (!accounts.manages(administrator, accountId)) {
      throw new AccessDeniedException("account " + accountId + " is outside the data scope");
    }
    Credential credential = rows.byAccountForUpdate(accountId).orElseThrow();
    credential.unlock();
    rows.save(credential);
  }

  /** Clears a lost second factor so the owner enrols again at next login. */
  public void resetSecondFactor(StaffIdentity administrator, long accountId) {
    if (!accounts.manages(administrator, accountId)) {
      throw new AccessDeniedException("account " + accountId + " is outside the data scope");
    }
    Credential credential = existing(accountId);
    credential.resetTotp();
    rows.save(credential);
    rows.replaceRecoveryCodes(accountId, List.of());
  }

  void recordFailure(long accountId) {
    rows.byAccountForUpdate(accountId)
        .ifPresent(
            c -> {
              c.recordFailure(
                  clock.instant(), properties.maxFailedAttempts(), properties.lockoutDuration());
              rows.save(c);
            });
  }

  /**
   * A correct password. With the second factor required, the failure count stays until the code is
   * right too, so the password alone never reopens guessing of codes.
   */
  void recordLogin(long accountId) {
    rows.byAccountForUpdate(accountId)
        .ifPresent(
            c -> {
              if (properties.mfaRequired() && c.totpEnabled()) {
                return;
              }
              c.recordLogin(clock.instant());
              rows.save(c);
            });
  }

  @Transactional(readOnly = true)
  Optional<Credential> find(long accountId) {
    return rows.byAccount(accountId);
  }

  TotpEnrolment beginTotpEnrolment(StaffIdentity self) {
    Credential credential = existing(self.accountId());
    if (credential.totpSecret() == null || credential.totpEnabled()) {
      // A pending secret is kept, so a mistyped first code does not invalidate the scanned QR code.
      credential.beginTotpEnrolment(totp.newSecret());
      rows.save(credential);
    }
    return new TotpEnrolment(
        credential.totpSecret(), totp.qrDataUri(credential.totpSecret(), self.username()));
  }

  /** Confirms enrolment with a first code; returns the recovery codes, shown once. */
  List<String> confirmTotpEnrolment(StaffIdentity self, String code) {
    Credential credential = existing(self.accountId());
    if (credential.totpEnabled() || credential.totpSecret() == null) {
      throw new IllegalStateException("no TOTP enrolment in progress");
    }
    OptionalLong step = totp.matchingStep(credential.totpSecret(), code);
    if (step.isEmpty()) {
      throw BadInput.at("code", "security.credentials.code.wrong");
    }
    credential.confirmTotp(step.getAsLong());
    rows.save(credential);
    return newRecoveryCodes(self.accountId());
  }

  /** Checks a TOTP code or a recovery code at login; failures count towards the lockout. */
  boolean verifySecondFactor(long accountId, String code) {
    Credential credential = rows.byAccountForUpdate(accountId).orElseThrow();
    if (credential.lockedAt(clock.instant()) || !credential.totpEnabled()) {
      return false;
    }
    String trimmed = code == null ? "" : code.strip();
    OptionalLong step = totp.matchingStep(credential.totpSecret(), trimmed);
    boolean ok;
    if (step.isPresent()) {
      ok = credential.totpLastStep() == null || step.getAsLong() > credential.totpLastStep();
      if (ok) {
        credential.acceptTotpStep(step.getAsLong());
      }
    } else {
      ok = rows.useRecoveryCode(accountId, hash(trimmed), clock.instant());
    }
    if (ok) {
      credential.recordLogin(clock.instant());
    } else {
      credential.recordFailure(
          clock.instant(), properties.maxFailedAttempts(), properties.lockoutDuration());
    }
    rows.save(credential);
    return ok;
  }

  List<String> newRecoveryCodes(long accountId) {
    List<String> codes =
        Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODE_COUNT));
    rows.replaceRecoveryCodes(accountId, codes.stream().map(Credentials::hash).toList());
    return codes;
  }

  @Transactional(readOnly = true)
  int unusedRecoveryCodes(long accountId) {
    return rows.unusedRecoveryCodes(accountId);
  }

  private CredentialStatus status(Credential c) {
    return new CredentialStatus(
        c.accountId(),
        c.lockedAt(clock.instant()),
        c.lockedUntil(),
        c.failedAttempts(),
        c.lastLoginAt(),
        c.totpEnabled(),
        c.passwordHash() != null);
  }

  private Credential existing(long accountId) {
    return rows.byAccount(accountId)
        .orElseThrow(() -> new NoSuchElementException("no credential for account " + accountId));
  }

  /** Recovery codes are long random strings, so a fast hash is enough (unlike passwords). */
  static String hash(String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String normalised = code.strip().toLowerCase(Locale.ROOT);
      return HexFormat.of().formatHex(sha.digest(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
