package org.sunshine.platform.security;

import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
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

  /** What every username looks like (the check on {@code staff_account.username}). */
  static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

  static String normalised(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    String name = normalised(username);
    if (!USERNAME.matcher(name).matches()) {
      // No account can have this name (NUL, 1 MB, …): answered like an unknown one, never asked.
      throw new UsernameNotFoundException("unknown");
    }
    var identity =
        accounts.identity(name).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    Credential credential =
        credentials
            .find(identity.accountId())
            .orElseThrow(() -> new UsernameNotFoundException("no credential"));
    return new StaffPrincipal(
        identity, credential.passwordHash(), credential.lockedAt(clock.instant()));
  }
}
