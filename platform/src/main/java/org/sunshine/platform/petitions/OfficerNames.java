package org.sunshine.platform.petitions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Officers as people see them: the display name from the organisation's accounts instead of the
 * login name; anyone else (the public node's transfer, a petitioner) as recorded.
 */
@Component
class OfficerNames {

  private final StaffAccounts accounts;

  OfficerNames(StaffAccounts accounts) {
    this.accounts = accounts;
  }

  String of(String username) {
    if (username == null) {
      return null;
    }
    return accounts.identity(username).map(StaffIdentity::displayName).orElse(username);
  }

  /** The history with each officer named (one look-up per officer). */
  List<PetitionRows.StepRow> named(List<PetitionRows.StepRow> steps) {
    Map<String, String> names = new HashMap<>();
    return steps.stream()
        .map(
            s ->
                new PetitionRows.StepRow(
                    s.at(), names.computeIfAbsent(s.actor(), this::of), s.action(), s.note()))
        .toList();
  }
}
