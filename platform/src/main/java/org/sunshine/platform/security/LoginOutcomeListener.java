package org.sunshine.platform.security;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.StaffAccounts;

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
    accounts
        .identity(name.strip().toLowerCase(Locale.ROOT))
        .ifPresent(
            identity -> {
              credentials.recordFailure(identity.accountId());
              audit.record(
                  identity.username(),
                  identity.unitId(),
                  "LOGIN_FAILED",
                  "StaffAccount",
                  String.valueOf(identity.accountId()),
                  null,
                  Channel.CONSOLE);
            });
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
      var identity = principal.identity();
      credentials.recordLogin(identity.accountId());
      audit.record(
          identity.username(),
          identity.unitId(),
          "LOGIN",
          "StaffAccount",
          String.valueOf(identity.accountId()),
          null,
          Channel.CONSOLE);
    }
  }
}
