package org.sunshine.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class CasesTest {

  @Autowired Cases cases;
  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;
  @Autowired AuditLog audit;

  private StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  private CaseSummary aCaseOf(String unitCode) {
    return cases.visibleTo(staff("casemgmt.province"), null, false).stream()
        .filter(c -> c.unitName().equals(directory.findByCode(unitCode).orElseThrow().name()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theDemoProvinceHasAFewHundredCases() {
    assertThat(cases.visibleTo(staff("casemgmt.province"), null, false)).hasSizeGreaterThan(250);
  }

  @Test
  void countyStaffSeeOnlyTheirOwnUnitsCases() {
    String own = directory.findByCode("140105").orElseThrow().name();
    assertThat(cases.visibleTo(staff("casemgmt"), null, false))
        .allMatch(c -> c.unitName().equals(own));
  }

  @Test
  void aCaseOfAnotherCountyAnswersAsIfItDidNotExist() {
    long other = aCaseOf("140106").id();
    assertThatThrownBy(() -> cases.view(staff("casemgmt"), other))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void theProvinceSeesEveryCountysCases() {
    assertThat(cases.view(staff("casemgmt.province"), aCaseOf("141124").id()).caseNumber())
        .isNotBlank();
  }

  @Test
  void everyViewOfACaseIsAudited() {
    long id = aCaseOf("140105").id();
    int before = audit.about("Case", String.valueOf(id)).size();
    cases.view(staff("handler"), id);
    assertThat(audit.about("Case", String.valueOf(id))).hasSize(before + 1);
  }

  @Test
  void aHandRecordedEventMovesTheTimelineAndAnImpossibleDateIsRefused() {
    long id = aCaseOf("140105").id();
    CaseView before = cases.view(staff("handler"), id);
    cases.recordEvent(
        staff("handler"), id, null, CaseEventType.DEADLINE_EXTENDED, LocalDate.now(), "重大复杂");
    assertThat(cases.view(staff("handler"), id).caseEvents())
        .hasSize(before.caseEvents().size() + 1);
    assertThatThrownBy(
            () ->
                cases.recordEvent(
                    staff("handler"),
                    id,
                    null,
                    CaseEventType.CONCLUDED,
                    before.acceptedOn().minusDays(1),
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("on:");
  }

  @Test
  void minorsAndIncompleteRecordsAreScreenedApart() {
    var all = cases.visibleTo(staff("casemgmt.province"), null, false);
    assertThat(all).anyMatch(CaseSummary::withheld);
    assertThat(all).anyMatch(CaseSummary::blocked);
  }

  @Test
  void partiesAreNamedInOneCallWithTheirCasesNumberUnitAndRevisionAndUnknownOnesLeftOut() {
    CaseView c = cases.view(staff("casemgmt"), aCaseOf("140105").id());
    PartyRecord party = c.parties().get(0);
    var known = new CasePartyView.Key(c.id(), party.id());
    var unknown = new CasePartyView.Key(c.id(), -1);
    var found = cases.parties(List.of(known, unknown));
    assertThat(found).containsOnlyKeys(known);
    assertThat(found.get(known))
        .isEqualTo(
            new CasePartyView(
                c.id(),
                party.id(),
                c.caseNumber(),
                party.name(),
                directory.findByCode("140105").orElseThrow().id(),
                cases.revisions(List.of(c.id())).get(c.id())));
    assertThat(cases.revisions(List.of(c.id(), -1L))).containsOnlyKeys(c.id());
  }
}
