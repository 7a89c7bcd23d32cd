package org.sunshine.platform.notifications;

import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sunshine.platform.audit.AuditChainBroken;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;

/**
 * A broken audit chain is told at once to the administrators of the top units, who run the
 * platform: someone changed or deleted the record of who did what.
 */
@Component
class AuditAlerts {

  private final Notifications notifications;
  private final Directory directory;
  private final StaffAccounts accounts;

  AuditAlerts(Notifications notifications, Directory directory, StaffAccounts accounts) {
    this.notifications = notifications;
    this.directory = directory;
    this.accounts = accounts;
  }

  @ApplicationModuleListener
  void on(AuditChainBroken broken) {
    for (ProcuratorateView top : directory.roots()) {
      for (String admin : accounts.holdersOf(top.id(), Role.ADMINISTRATOR)) {
        notifications.send(
            new Message(
                "audit-chain-broken:" + broken.brokenAt(),
                "staff:" + admin,
                Set.of(MessageChannel.INBOX),
                null,
                null,
                "audit-chain-broken",
                List.of(broken.brokenAt()),
                "/console/audit?verify=true",
                true,
                false,
                top.id()));
      }
    }
  }
}
