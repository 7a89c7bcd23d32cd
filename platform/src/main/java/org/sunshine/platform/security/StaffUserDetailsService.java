package org.sunshine.platform.security;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.sunshine.platform.organisation.StaffAccounts;

/** Loads a staff member and their credential for the login form. */
@Service
class StaffUserDetailsService implements UserDetailsService {

  private final StaffAccounts accounts;
  private final Credentials credentials;
  private final Clock clock;

  StaffUserDetailsService(StaffAccounts accounts, Credentials credentials, Clock clock) {
    this.accounts = accounts;
    this.credentials = credentials;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    var identity =
        accounts
            .identity(username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
            .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    Credential credential =
        credentials
            .find(identity.accountId())
            .orElseThrow(() -> new UsernameNotFoundException("no credential"));
    return new StaffPrincipal(
        identity, credential.passwordHash(), credential.lockedAt(clock.instant()));
  }
}
