package org.sunshine.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class ScreeningOverridesTest {

  @Autowired Cases cases;
  @Autowired ScreeningOverrides overrides;
  @Autowired StaffAccounts accounts;

  private StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  private static final AtomicInteger SEQ = new AtomicInteger();

  /** A case of 小店区 whose suspect has no nationality recorded: blocked as incomplete. */
  private CaseView aBlockedCase() throws Exception {
    String n = "TEST-OVERRIDE-" + SEQ.incrementAndGet();
    importCase(n, 1, suspect("S1", "张三"));
    long id = cases.visibleTo(staff("casemgmt"), n, false).get(0).id();
    return cases.view(staff("casemgmt"), id);
  }

  private void importCase(String caseNumber, int version, String... parties) throws Exception {
    cases.importSystemBatch(
        new StringReader(
            "{\"record\":\"case\",\"caseNumber\":\""
                + caseNumber
                + "\",\"version\":"
                + version
                + ",\"unit\":\"140105\","
                + "\"caseType\":\"PROSECUTION_REVIEW\",\"charge\":\"盗窃罪\",\"procurator\":\"李明轩\","
                + "\"acceptedOn\":\"2026-10-01\",\"parties\":["
                + String.join(",", parties)
                + "]}"));
  }

  private static String suspect(String partyNo, String name) {
    return "{\"partyNo\":\""
        + partyNo
        + "\",\"name\":\""
        + name
        + "\",\"role\":\"SUSPECT\",\"birthDate\":\"1980-01-01\",\"offenceOn\":\"2026-09-01\"}";
  }

  @Test
  void anOverrideLiftsAFindingOnlyOnceTheDeputyChiefApprovesIt() throws Exception {
    CaseView c = aBlockedCase();
    String rule =
        c.accused().stream()
            .flatMap(p -> p.screening().stream())
            .findFirst()
            .orElseThrow()
            .ruleId();
    long id = overrides.request(staff("casemgmt"), c.id(), rule, "国籍已电话核实为中国");
    assertThat(
            cases.view(staff("casemgmt"), c.id()).accused().stream()
                .flatMap(p -> p.screening().stream())
                .filter(f -> f.ruleId().equals(rule)))
        .noneMatch(ScreeningFinding::overridden);
    assertThatThrownBy(() -> overrides.decide(staff("casemgmt"), id, true))
        .isInstanceOf(AccessDeniedException.class);
    overrides.decide(staff("deputy"), id, true);
    assertThat(
            cases.view(staff("casemgmt"), c.id()).accused().stream()
                .flatMap(p -> p.screening().stream())
                .filter(f -> f.ruleId().equals(rule)))
        .allMatch(ScreeningFinding::overridden);
    assertThatThrownBy(() -> overrides.decide(staff("deputy"), id, false))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anOverrideLiftsTheFindingsItWasAskedForNotThoseOfAPartyAddedLater() throws Exception {
    CaseView c = aBlockedCase();
    ScreeningFinding first =
        c.accused().stream().flatMap(p -> p.screening().stream()).findFirst().orElseThrow();
    long id = overrides.request(staff("casemgmt"), c.id(), first.ruleId(), "国籍已电话核实为中国");
    overrides.decide(staff("deputy"), id, true);

    importCase(c.caseNumber(), 2, suspect("S1", "张三"), suspect("S2", "李四"));

    CaseView after = cases.view(staff("casemgmt"), c.id());
    assertThat(findingsOf(after, "张三", first.ruleId())).allMatch(ScreeningFinding::overridden);
    assertThat(findingsOf(after, "李四", first.ruleId()))
        .isNotEmpty()
        .noneMatch(ScreeningFinding::overridden);
  }

  private static List<ScreeningFinding> findingsOf(CaseView c, String name, String rule) {
    return c.accused().stream()
        .filter(p -> p.name().equals(name))
        .flatMap(p -> p.screening().stream())
        .filter(f -> f.ruleId().equals(rule))
        .toList();
  }

  @Test
  void anOverrideNeedsAReasonAndARuleThatFired() throws Exception {
    CaseView c = aBlockedCase();
    assertThatThrownBy(() -> overrides.request(staff("casemgmt"), c.id(), "no-such-rule", "理由"))
        .hasMessageStartingWith("ruleId:");
  }
}
