package org.sunshine.platform.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * The logged-in staff member; other modules read {@link #identity()} to authorise by role and unit.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

  private final StaffIdentity identity;
  private String passwordHash;
  private final boolean locked;

  StaffPrincipal(StaffIdentity identity, String passwordHash, boolean locked) {
    this.identity = identity;
    this.passwordHash = passwordHash;
    this.locked = locked;
  }

  public StaffIdentity identity() {
    return identity;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return identity.roles().stream()
        .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
        .toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return identity.username();
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return identity.enabled();
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StaffPrincipal p && p.identity.accountId() == identity.accountId();
  }

  @Override
  public int hashCode() {
    return Long.hashCode(identity.accountId());
  }

  @Override
  public String toString() {
    return "StaffPrincipal[" + identity.username() + "]";
  }

  static List<String> roleNames(StaffIdentity identity) {
    return identity.roles().stream().map(Enum::name).toList();
  }
}
