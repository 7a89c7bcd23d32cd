package org.sunshine.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class AccountScopeTest {

  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;

  private StaffIdentity who(String username) {
    return accounts.identity(username).orElseThrow();
  }

  private Set<String> unitCodesSeenBy(String username) {
    return accounts.visibleTo(who(username)).stream()
        .map(a -> directory.get(a.unitId()).code())
        .collect(Collectors.toSet());
  }

  @Test
  void provincialAdministratorSeesAccountsOfTheWholeProvince() {
    assertThat(unitCodesSeenBy("admin")).contains("140000", "140100", "140105");
  }

  @Test
  void municipalAdministratorSeesTheCityAndItsCountiesButNotOtherCitiesOrTheProvince() {
    Set<String> seen = unitCodesSeenBy("admin.taiyuan");
    assertThat(seen).contains("140100", "140105").doesNotContain("140000");
    assertThat(seen).allMatch(code -> code.startsWith("1401"));
  }

  @Test
  void countyAdministratorWithOwnUnitScopeSeesOnlyTheirUnit() {
    assertThat(unitCodesSeenBy("admin.xiaodian")).containsExactly("140105");
  }

  @Test
  void aCaseHandlerMayNotListAccounts() {
    assertThatThrownBy(() -> accounts.visibleTo(who("handler")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anAccountOutsideTheScopeAnswersAsIfItDidNotExist() {
    long provincialAdmin = who("admin").accountId();
    assertThatThrownBy(() -> accounts.view(who("admin.xiaodian"), provincialAdmin))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void anAdministratorCannotOpenAnAccountInAUnitOutsideTheirScope() {
    long otherCounty = directory.findByCode("140106").orElseThrow().id();
    var command =
        new NewStaffAccount(
            "outside.scope",
            "范围外",
            otherCounty,
            null,
            Set.of(Role.CASE_HANDLER),
            DataScope.OWN_UNIT);
    assertThatThrownBy(() -> accounts.open(who("admin.xiaodian"), command))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aDuplicateUsernameIsRefusedNamingTheField() {
    long unit = directory.findByCode("140105").orElseThrow().id();
    var command =
        new NewStaffAccount(
            "handler", "重复", unit, null, Set.of(Role.CASE_HANDLER), DataScope.OWN_UNIT);
    assertThatThrownBy(() -> accounts.open(who("admin.xiaodian"), command))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("username:");
  }

  @Test
  void unitScopeIncludesEverySubordinateAtAnyDepth() {
    long province = directory.findByCode("140000").orElseThrow().id();
    assertThat(directory.unitsVisibleTo(who("admin"))).contains(province).hasSize(18);
  }
}
