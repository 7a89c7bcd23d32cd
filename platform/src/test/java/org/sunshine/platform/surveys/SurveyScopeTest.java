package org.sunshine.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.ui.ExtendedModelMap;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.TestAccounts;

/** Survey results follow the reader's data scope. */
@PlatformTest
class SurveyScopeTest {

  @Autowired SurveyConsoleController console;
  @Autowired Surveys surveys;
  @Autowired SurveyRows rows;
  @Autowired Directory directory;
  @Autowired StaffAccounts accounts;
  @Autowired TestAccounts testAccounts;

  private StaffIdentity open(String unit, Role role, DataScope scope) {
    return accounts.identity(testAccounts.open(unit, role, scope)).orElseThrow();
  }

  /**
   * DataScope OWN_UNIT (a county sees its own; an upper unit its subordinates only when its scope
   * says so): a city's department head with the own-unit scope gets no per-county breakdown, as the
   * statistics dashboard already does (StatisticsAccess.seesBelow).
   */
  @Test
  void aCityReaderWithTheOwnUnitScopeSeesNoCountyResults() {
    if (rows.months().isEmpty()) {
      surveys.hold(LocalDate.of(2019, 6, 23));
    }
    StaffIdentity head = open("140100", Role.DEPARTMENT_HEAD, DataScope.OWN_UNIT);
    assertThat(directory.unitsVisibleTo(head)).containsExactly(head.unitId());
    ExtendedModelMap model = new ExtendedModelMap();

    console.page(head, null, null, model);

    SurveyResults.Results results = (SurveyResults.Results) model.get("results");
    assertThat(results).isNotNull();
    assertThat(results.byUnit().keySet()).as("counties outside the viewer's data scope").isEmpty();
  }
}
