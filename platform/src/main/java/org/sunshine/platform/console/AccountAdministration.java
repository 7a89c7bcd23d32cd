package org.sunshine.platform.console;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.NewStaffAccount;
import org.sunshine.platform.organisation.StaffAccountView;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.security.CredentialStatus;
import org.sunshine.platform.security.Credentials;
import org.sunshine.platform.security.StaffActivations;
import org.sunshine.platform.texts.BadInput;

/**
 * Administrator actions that span the organisation and security modules; each runs in one
 * transaction with its audit entry, so an account is never created without its credential or an
 * action without its record.
 */
@Service
@Transactional
class AccountAdministration {

  private final StaffAccounts accounts;
  private final Credentials credentials;
  private final AuditLog audit;
  private final Approvals approvals;
  private final StaffActivations activations;

  /** Where an activation link goes, and the console address the link points to. */
  record Contact(String mobile, String email, String baseUrl) {
    boolean given() {
      return (mobile != null && !mobile.isBlank()) || (email != null && !email.isBlank());
    }
  }

  AccountAdministration(
      StaffAccounts accounts,
      Credentials credentials,
      AuditLog audit,
      Approvals approvals,
      StaffActivations activations) {
    this.approvals = approvals;
    this.activations = activations;
    this.accounts = accounts;
    this.credentials = credentials;
    this.audit = audit;
  }

  /**
   * Opens the account. With a mobile or e-mail its holder gets an activation link and chooses the
   * password; the password an administrator types is the fallback for someone with neither, and
   * must be changed at first login.
   */
  long open(StaffIdentity admin, NewStaffAccount command, Contact contact, String initialPassword) {
    long id = accounts.open(admin, command);
    if (contact.given()) {
      activations.send(admin, id, contact.mobile(), contact.email(), contact.baseUrl());
    } else if (initialPassword == null || initialPassword.isBlank()) {
      throw BadInput.at("mobile", "console.account-administration.contact.required");
    } else {
      credentials.setTemporaryPassword(id, initialPassword);
    }
    record(
        admin,
        "OPEN_ACCOUNT",
        id,
        command.username() + " " + new TreeSet<>(command.roles()) + " " + command.dataScope());
    return id;
  }

  /** The approval chains in which the roles would let one person decide two steps. */
  List<String> twoStepChains(NewStaffAccount command) {
    return approvals.chainsWithTwoStepsOf(command.roles(), command.unitId());
  }

  void unlock(StaffIdentity admin, long accountId) {
    credentials.unlock(admin, accountId);
    record(admin, "UNLOCK_ACCOUNT", accountId, null);
  }

  void disable(StaffIdentity admin, long accountId) {
    accounts.disable(admin, accountId);
    record(admin, "DISABLE_ACCOUNT", accountId, null);
  }

  void enable(StaffIdentity admin, long accountId) {
    accounts.enable(admin, accountId);
    record(admin, "ENABLE_ACCOUNT", accountId, null);
  }

  void resetSecondFactor(StaffIdentity admin, long accountId) {
    credentials.resetSecondFactor(admin, accountId);
    record(admin, "RESET_SECOND_FACTOR", accountId, null);
  }

  @Transactional(readOnly = true)
  Set<Long> awaitingActivation(List<StaffAccountView> accountsShown) {
    return activations.awaitingActivation(
        accountsShown.stream().map(StaffAccountView::id).toList());
  }

  @Transactional(readOnly = true)
  Map<Long, CredentialStatus> statuses(List<StaffAccountView> accountsShown) {
    return credentials.statuses(accountsShown.stream().map(StaffAccountView::id).toList());
  }

  private void record(StaffIdentity admin, String action, long accountId, String detail) {
    audit.record(
        admin.username(),
        admin.unitId(),
        action,
        "StaffAccount",
        String.valueOf(accountId),
        detail,
        Channel.CONSOLE);
  }
}
