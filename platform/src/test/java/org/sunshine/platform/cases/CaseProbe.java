package org.sunshine.platform.cases;

import java.util.List;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * What other modules' tests may ask of the case list, whose summary type is the cases module's own:
 * the cases a staff member sees that may be disclosed (not withheld, not blocked, numbered like the
 * demo's 晋 cases), in the list's order.
 */
public final class CaseProbe {

  private CaseProbe() {}

  /** Every case the staff member sees, in the list's order. */
  public static List<Long> visibleCaseIds(Cases cases, StaffIdentity staff) {
    return cases.visibleTo(staff, null, false).stream().map(CaseSummary::id).toList();
  }

  public static List<Long> disclosableCaseIds(Cases cases, StaffIdentity staff) {
    return cases.visibleTo(staff, null, false).stream()
        .filter(s -> !s.withheld() && !s.blocked() && s.caseNumber().startsWith("晋"))
        .map(CaseSummary::id)
        .toList();
  }
}
