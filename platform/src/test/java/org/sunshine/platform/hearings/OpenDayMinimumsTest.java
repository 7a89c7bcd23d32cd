package org.sunshine.platform.hearings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sunshine.platform.organisation.ProcuratorateLevel;

/** The yearly minimum of open days is the seed's by default and a setting, as every default is. */
class OpenDayMinimumsTest {

  @Test
  void aProvinceHoldsOneOpenDayAYearAndACityOrCountyTwoByDefault() {
    OpenDayCoverage coverage =
        new OpenDayCoverage(null, null, new HearingsProperties(null, null, null, null, null));
    assertThat(coverage.required(ProcuratorateLevel.PROVINCIAL)).isEqualTo(1);
    assertThat(coverage.required(ProcuratorateLevel.MUNICIPAL)).isEqualTo(2);
    assertThat(coverage.required(ProcuratorateLevel.COUNTY)).isEqualTo(2);
    assertThat(coverage.required(ProcuratorateLevel.SUPREME)).isZero();
  }

  @Test
  void aProvinceMayRaiseTheMinimumsBySetting() {
    OpenDayCoverage coverage =
        new OpenDayCoverage(null, null, new HearingsProperties(null, null, null, 2, 4));
    assertThat(coverage.required(ProcuratorateLevel.PROVINCIAL)).isEqualTo(2);
    assertThat(coverage.required(ProcuratorateLevel.COUNTY)).isEqualTo(4);
  }
}
