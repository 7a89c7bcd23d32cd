package org.sunshine.platform.security;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;

/** Counts failed passwords towards the lockout and records logins in the audit log. */
@Component
class LoginOutcomeListener {

  private final StaffAccounts accounts;
  private final Credentials credentials;
  private final AuditLog audit;

  LoginOutcomeListener(StaffAccounts accounts, Credentials credentials, AuditLog audit) {
    this.accounts = accounts;
    this.credentials = credentials;
    this.audit = audit;
  }

  @EventListener
  void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
    String name = String.valueOf(event.getAuthentication().getPrincipal());
    String normalised = StaffUserDetailsService.normalised(name);
    var identity =
        StaffUserDetailsService.USERNAME.matcher(normalised).matches()
            ? accounts.identity(normalised)
            : Optional.<StaffIdentity>empty();
    if (identity.isPresent()) {
      credentials.recordFailure(identity.get().accountId());
      audit(identity.get(), "LOGIN_FAILED");
    } else {
      // Nobody of that name: still a try at the door, with the name as typed (made storable).
      audit.record(
          typed(name), null, "LOGIN_FAILED", "StaffAccount", null, "unknown user", Channel.CONSOLE);
    }
  }

  /** The right or wrong password for a locked account: refused before it is checked. */
  @EventListener
  void onLocked(AuthenticationFailureLockedEvent event) {
    String name = String.valueOf(event.getAuthentication().getPrincipal());
    accounts
        .identity(StaffUserDetailsService.normalised(name))
        .ifPresent(identity -> audit(identity, "LOGIN_REFUSED_LOCKED"));
  }

  private void audit(StaffIdentity identity, String action) {
    audit.record(
        identity.username(),
        identity.unitId(),
        action,
        "StaffAccount",
        String.valueOf(identity.accountId()),
        null,
        Channel.CONSOLE);
  }

  /** A typed user name as the audit log can hold it: printable characters, at most 64. */
  static String typed(String name) {
    String printable =
        name.strip()
            .codePoints()
            .filter(c -> !Character.isISOControl(c) && !(c >= 0xD800 && c <= 0xDFFF))
            .limit(64)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return printable.isBlank() ? "(blank)" : printable;
  }
}
