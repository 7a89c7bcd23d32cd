package org.sunshine.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;

/**
 * Activation links for new staff accounts (issue 15): instead of a password an administrator typed
 * (and so knows), the new user receives a link by SMS or e-mail and chooses their own. The link
 * works once and expires; only its SHA-256 is stored. Until it is used the account has a random
 * password nobody knows, so it cannot sign in.
 */
@Service
public class StaffActivations {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ActivationRows rows;
  private final CredentialRows credentialRows;
  private final Credentials credentials;
  private final StaffAccounts accounts;
  private final Notifications notifications;
  private final StaffSecurityProperties properties;
  private final AuditLog audit;
  private final Clock clock;

  StaffActivations(
      ActivationRows rows,
      CredentialRows credentialRows,
      Credentials credentials,
      StaffAccounts accounts,
      Notifications notifications,
      StaffSecurityProperties properties,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.credentialRows = credentialRows;
    this.credentials = credentials;
    this.accounts = accounts;
    this.notifications = notifications;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Sends the account its activation link to the mobile and/or e-mail given, in the caller's
   * transaction (the account, the link and the message commit together). {@code baseUrl} is where
   * the administrator reached the console, used unless {@code sunshine.security.console-base-url}
   * says otherwise.
   */
  @Transactional
  public void send(
      StaffIdentity admin, long accountId, String mobile, String email, String baseUrl) {
    Set<MessageChannel> channels = EnumSet.noneOf(MessageChannel.class);
    if (mobile != null && !mobile.isBlank()) {
      channels.add(MessageChannel.SMS);
    }
    if (email != null && !email.isBlank()) {
      channels.add(MessageChannel.EMAIL);
    }
    if (channels.isEmpty()) {
      throw BadInput.at("mobile", "security.staff-activations.contact.required");
    }
    String username = accounts.identity(accountId).username();
    // Nobody knows this password: the account opens only through the link.
    credentials.setTemporaryPassword(accountId, unguessable());
    String token = token();
    Instant now = clock.instant();
    long id =
        rows.insert(
            accountId,
            hash(token),
            now,
            now.plus(properties.activationValidity()),
            admin.username());
    rows.retireOthers(accountId, id, now);
    String base =
        properties.consoleBaseUrl() == null || properties.consoleBaseUrl().isBlank()
            ? baseUrl
            : properties.consoleBaseUrl();
    String link = base.replaceAll("/+$", "") + "/activate/" + token;
    notifications.send(
        new Message(
            "staff-activation:" + id,
            "staff:" + username,
            channels,
            blankToNull(mobile),
            blankToNull(email),
            "staff-activation",
            List.of(link, properties.activationValidity().toHours()),
            null,
            true,
            false,
            admin.unitId()));
    audit.record(
        admin.username(),
        admin.unitId(),
        "SEND_ACTIVATION",
        "StaffAccount",
        String.valueOf(accountId),
        channels.toString(),
        Channel.CONSOLE);
  }

  /** Those of the accounts that still wait for their activation (an unused, unexpired link). */
  @Transactional(readOnly = true)
  public Set<Long> awaitingActivation(Collection<Long> accountIds) {
    return rows.pending(accountIds, clock.instant());
  }

  /** The username a working link opens, or empty (unknown, used or expired: all the same). */
  @Transactional(readOnly = true)
  Optional<String> usernameFor(String token) {
    return rows.usable(hash(token), clock.instant(), false)
        .map(u -> accounts.identity(u.accountId()).username());
  }

  /**
   * Sets the password the new user chose and uses the link up. A refused password leaves the link
   * usable; an unknown, used or expired link is refused with {@link IllegalStateException}.
   */
  @Transactional
  void activate(String token, String password, String confirmation) {
    Instant now = clock.instant();
    ActivationRows.Usable link =
        rows.usable(hash(token), now, true)
            .orElseThrow(() -> Conflict.at("token", "security.staff-activations.token.invalid"));
    if (password == null || !password.equals(confirmation)) {
      throw BadInput.at("confirmPassword", "security.staff-activations.confirm-password.mismatch");
    }
    credentials.setInitialPassword(link.accountId(), password);
    credentialRows.markTemporary(link.accountId(), false);
    rows.markUsed(link.id(), now);
    StaffIdentity user = accounts.identity(link.accountId());
    audit.record(
        user.username(),
        user.unitId(),
        "ACCOUNT_ACTIVATED",
        "StaffAccount",
        String.valueOf(link.accountId()),
        null,
        Channel.CONSOLE);
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** 24 random characters with upper, lower, digit and symbol, so the policy accepts it. */
  private static String unguessable() {
    return "Aa1!" + token().substring(0, 20);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
