package org.sunshine.platform.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.NewStaffAccount;
import org.sunshine.platform.organisation.OrganisationSetup;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.security.Credentials;

/**
 * Opens fresh accounts for tests that change an account's state, so tests never disturb each other.
 */
@Component
public class TestAccounts {

  public static final String PASSWORD = "Test-Password-1";
  public static final String DEMO_PASSWORD = "Sunshine-2026";
  private static final AtomicInteger SEQ = new AtomicInteger();

  private final OrganisationSetup setup;
  private final Directory directory;
  private final Credentials credentials;

  TestAccounts(OrganisationSetup setup, Directory directory, Credentials credentials) {
    this.setup = setup;
    this.directory = directory;
    this.credentials = credentials;
  }

  /** A new account in the unit with this code; returns its username. */
  public String open(String unitCode, Role role, DataScope scope) {
    String username = "test." + role.name().toLowerCase() + "." + SEQ.incrementAndGet();
    long unitId = directory.findByCode(unitCode).orElseThrow().id();
    long id =
        setup.openAccount(new NewStaffAccount(username, "测试用户", unitId, null, Set.of(role), scope));
    credentials.setInitialPassword(id, PASSWORD);
    return username;
  }
}
