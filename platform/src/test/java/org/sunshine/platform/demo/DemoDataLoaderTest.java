package org.sunshine.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class DemoDataLoaderTest {

  @Autowired DemoDataLoader loader;
  @Autowired JdbcClient jdbc;
  @Autowired Directory directory;
  @Autowired StaffAccounts accounts;

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  @Test
  void aSecondLoadDuplicatesNothing() {
    long units = count("procuratorate");
    long departments = count("department");
    loader.run(null);
    assertThat(count("procuratorate")).isEqualTo(units);
    assertThat(count("department")).isEqualTo(departments);
  }

  @Test
  void theDemoProvinceHasAtLeastThreeCitiesAndEightCounties() {
    var all = directory.all();
    assertThat(all.stream().filter(u -> u.level() == ProcuratorateLevel.MUNICIPAL))
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(all.stream().filter(u -> u.level() == ProcuratorateLevel.COUNTY))
        .hasSizeGreaterThanOrEqualTo(8);
    assertThat(all)
        .allMatch(
            u -> u.level() == ProcuratorateLevel.SUPREME || u.divisionCode().matches("\\d{6}"));
  }

  @Test
  void everyRoleHasADemoAccount() {
    var roles = new HashSet<Role>();
    DemoAccounts.ALL.forEach(
        a -> roles.addAll(accounts.identity(a.username()).orElseThrow().roles()));
    assertThat(roles).containsExactlyInAnyOrder(Role.values());
  }
}
