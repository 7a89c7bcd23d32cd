package org.sunshine.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.audit.AuditFilter;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseEventType;
import org.sunshine.platform.cases.CaseProbe;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.PartyRecord;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class AccessFlowTest {

  private static final AtomicInteger MOBILE = new AtomicInteger(13900000000L > 0 ? 0 : 0);
  private static final byte[] PDF = "%PDF-1.4 test".getBytes();

  @Autowired Applicants applicants;
  @Autowired AccessApplications applications;
  @Autowired CaseStatusQueries queries;
  @Autowired Cases cases;
  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;

  private StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  /**
   * Signs in a new applicant the way a person does: request a code, read it from the SMS, enter it.
   */
  private long signIn() {
    String mobile = "139" + String.format("%08d", MOBILE.incrementAndGet());
    applicants.sendCode(mobile);
    String code = OneTimeCodes.lastSentTo(jdbc, mobile);
    return applicants.signIn(mobile, code).orElseThrow();
  }

  private static final AtomicInteger NEXT_CASE = new AtomicInteger();

  /**
   * A different disclosable suspect for every call, so tests never share a party's lawyers or
   * grants.
   */
  private PartyRecord aDisclosableSuspect() {
    int skip = NEXT_CASE.getAndIncrement();
    for (long id : CaseProbe.disclosableCaseIds(cases, staff("casemgmt"))) {
      if (skip-- > 0) {
        continue;
      }
      CaseView c = cases.view(staff("casemgmt"), id);
      return c.accused().get(0);
    }
    throw new IllegalStateException("no disclosable demo case");
  }

  private CaseView caseOf(PartyRecord p) {
    return CaseProbe.visibleCaseIds(cases, staff("casemgmt")).stream()
        .map(id -> cases.view(staff("casemgmt"), id))
        .filter(c -> c.parties().stream().anyMatch(x -> x.id() == p.id()))
        .findFirst()
        .orElseThrow();
  }

  private String caseNumberOf(PartyRecord p) {
    return caseOf(p).caseNumber();
  }

  private long apply(
      long applicant, String caseNumber, String party, Relation relation, long verifyingUnit) {
    List<MaterialUpload> materials =
        relation.required().stream()
            .map(kind -> new MaterialUpload(kind, kind + ".pdf", "application/pdf", PDF))
            .toList();
    return applications.submit(
        applicant,
        new ApplicationForm(
            caseNumber,
            party,
            relation,
            "申请人甲",
            "140105199001011234",
            relation.lawyer() ? "11401201010000001" : null,
            relation.lawyer() ? "山西某律师事务所" : null,
            verifyingUnit),
        materials);
  }

  private long xiaodian() {
    return directory.findByCode("140105").orElseThrow().id();
  }

  @Test
  void aLawyerAppliesCaseManagementVerifiesAndTheLawyerFollowsTheRecord() {
    PartyRecord suspect = aDisclosableSuspect();
    long lawyer = signIn();
    long id =
        apply(lawyer, caseNumberOf(suspect), suspect.name(), Relation.DEFENCE_COUNSEL, xiaodian());
    var decision =
        applications.decide(staff("casemgmt"), id, AccessApplications.Verdict.APPROVE, null);
    assertThat(decision.status()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(decision.queryCode()).hasSize(8);
    GrantView grant = queries.grantsOf(lawyer).get(0);
    assertThat(grant.newQueryCode()).isEqualTo(decision.queryCode());
    assertThat(queries.grantsOf(lawyer).get(0).newQueryCode()).isNull();
    var seen = queries.online(lawyer, grant.id()).orElseThrow();
    assertThat(seen.disclosable()).isTrue();
    assertThat(seen.timeline()).isNotEmpty();
    assertThat(queries.whoLooked(lawyer, grant.id())).anyMatch(r -> r.channel().equals("WEB"));
  }

  @Test
  void anUnverifiedPersonAndAnotherApplicantSeeNothing() {
    PartyRecord suspect = aDisclosableSuspect();
    long owner = signIn();
    long stranger = signIn();
    long id = apply(owner, caseNumberOf(suspect), suspect.name(), Relation.PARTY, xiaodian());
    assertThat(queries.grantsOf(owner)).isEmpty();
    applications.decide(staff("casemgmt"), id, AccessApplications.Verdict.APPROVE, null);
    long grant = queries.grantsOf(owner).get(0).id();
    assertThat(queries.online(stranger, grant)).isEmpty();
  }

  @Test
  void aRevokedGrantShowsNothingAnyMore() {
    PartyRecord suspect = aDisclosableSuspect();
    long relative = signIn();
    long id =
        apply(relative, caseNumberOf(suspect), suspect.name(), Relation.CLOSE_RELATIVE, xiaodian());
    applications.decide(staff("casemgmt"), id, AccessApplications.Verdict.APPROVE, null);
    long grant = queries.grantsOf(relative).get(0).id();
    queries.revoke(staff("casemgmt"), grant, "代理关系终止");
    assertThat(queries.online(relative, grant)).isEmpty();
  }

  @Test
  void aGrantEndsWhenThePartysRecordHasBeenConcludedLongerThanTheRetentionPeriod() {
    PartyRecord suspect = aDisclosableSuspectAcceptedBefore(LocalDate.now().minusDays(95));
    long party = signIn();
    long id = apply(party, caseNumberOf(suspect), suspect.name(), Relation.PARTY, xiaodian());
    applications.decide(staff("casemgmt"), id, AccessApplications.Verdict.APPROVE, null);
    long grant = queries.grantsOf(party).get(0).id();
    assertThat(queries.online(party, grant)).isPresent();
    long caseId = caseOf(suspect).id();
    cases.recordEvent(
        staff("casemgmt"),
        caseId,
        suspect.id(),
        CaseEventType.PROSECUTED,
        LocalDate.now().minusDays(92),
        null);
    assertThat(queries.online(party, grant)).isEmpty();
    assertThat(queries.grantsOf(party).get(0).active()).isFalse();
  }

  /** From the end of the list, away from the suspects {@link #aDisclosableSuspect} hands out. */
  private PartyRecord aDisclosableSuspectAcceptedBefore(LocalDate day) {
    List<Long> fromTheEnd = new ArrayList<>(CaseProbe.disclosableCaseIds(cases, staff("casemgmt")));
    Collections.reverse(fromTheEnd);
    for (long id : fromTheEnd) {
      CaseView c = cases.view(staff("casemgmt"), id);
      if (c.acceptedOn() != null
          && c.acceptedOn().isBefore(day)
          && c.accused().get(0).events().stream().noneMatch(e -> e.type().concludes())) {
        return c.accused().get(0);
      }
    }
    throw new IllegalStateException("no disclosable open demo case accepted before " + day);
  }

  @Test
  void theKioskAnswersWrongCodeAndWrongIdTheSameWayAndLocksACodeAfterRepeatedFailures() {
    PartyRecord suspect = aDisclosableSuspect();
    long party = signIn();
    long id = apply(party, caseNumberOf(suspect), suspect.name(), Relation.PARTY, xiaodian());
    String code =
        applications
            .decide(staff("casemgmt"), id, AccessApplications.Verdict.APPROVE, null)
            .queryCode();
    assertThat(queries.kiosk(code, "140105199001011234")).isPresent();
    assertThat(queries.kiosk("WRONGCOD", "140105199001011234")).isEmpty();
    for (int i = 0; i < 5; i++) {
      assertThat(queries.kiosk(code, "110101199001011111")).isEmpty();
    }
    assertThat(queries.kiosk(code, "140105199001011234"))
        .as("locked, and said like any other failure")
        .isEmpty();
    assertThat(queries.staffLookup(staff("casemgmt"), code, "140105199001011234", Channel.WINDOW))
        .as("the window, which checks the ID card, is not held by the kiosk's lock")
        .isPresent();
  }

  @Test
  void windowStaffLookUpAVerifiedPersonAndTheLookIsAudited() {
    PartyRecord suspect = aDisclosableSuspect();
    long party = signIn();
    long id = apply(party, caseNumberOf(suspect), suspect.name(), Relation.PARTY, xiaodian());
    String code =
        applications
            .decide(staff("casemgmt"), id, AccessApplications.Verdict.APPROVE, null)
            .queryCode();
    assertThat(queries.staffLookup(staff("casemgmt"), code, "140105199001011234", Channel.WINDOW))
        .isPresent();
    long grant = queries.grantsOf(party).get(0).id();
    assertThat(queries.whoLooked(party, grant))
        .anyMatch(r -> r.channel().equals("WINDOW") && r.who().contains("周晓燕"));
  }

  @Test
  void aPartysOwnLookIsInTheAuditViewOfTheUnitWhoseCaseItIs() {
    PartyRecord suspect = aDisclosableSuspect();
    long caseUnit = caseOf(suspect).unitId();
    long party = signIn();
    long id = apply(party, caseNumberOf(suspect), suspect.name(), Relation.PARTY, xiaodian());
    applications.decide(staff("casemgmt"), id, AccessApplications.Verdict.APPROVE, null);
    long grant = queries.grantsOf(party).get(0).id();
    assertThat(queries.online(party, grant)).isPresent();

    var filter =
        new AuditFilter("applicant:" + party, AuditLog.QUERY_CASE_STATUS, null, null, null, null);
    assertThat(audit.search(filter, Set.of(caseUnit), false, 0, 10))
        .as("the case's unit sees the look without seeing every unit-less entry")
        .isNotEmpty()
        .allMatch(r -> r.actorUnit() == null && r.channel() == Channel.WEB);
    long elsewhere = directory.findByCode("140106").orElseThrow().id();
    elsewhere = elsewhere == caseUnit ? xiaodian() : elsewhere;
    assertThat(audit.search(filter, Set.of(elsewhere), false, 0, 10))
        .as("another county does not")
        .isEmpty();
  }

  @Test
  void atMostTwoLawyersBindToOneParty() {
    PartyRecord suspect = aDisclosableSuspect();
    String number = caseNumberOf(suspect);
    for (int i = 0; i < 2; i++) {
      long id = apply(signIn(), number, suspect.name(), Relation.DEFENCE_COUNSEL, xiaodian());
      applications.decide(staff("casemgmt"), id, AccessApplications.Verdict.APPROVE, null);
    }
    long third = apply(signIn(), number, suspect.name(), Relation.DEFENCE_COUNSEL, xiaodian());
    assertThatThrownBy(
            () ->
                applications.decide(
                    staff("casemgmt"), third, AccessApplications.Verdict.APPROVE, null))
        .hasMessageStartingWith("relation:");
  }

  @Test
  void someoneLivingElsewhereVerifiesAtHomeAndTheHandlingUnitApproves() {
    PartyRecord suspect = aDisclosableSuspect();
    long home = directory.findByCode("140106").orElseThrow().id();
    long id = apply(signIn(), caseNumberOf(suspect), suspect.name(), Relation.CLOSE_RELATIVE, home);
    StaffIdentity provinceCaseManagement = staff("casemgmt.province");
    assertThat(applications.forStaff(staff("casemgmt"))).anyMatch(a -> a.id() == id);
    var forwarded =
        applications.decide(provinceCaseManagement, id, AccessApplications.Verdict.APPROVE, null);
    assertThat(forwarded.status()).isEqualTo(ApplicationStatus.APPROVED);
  }

  @Test
  void anUnknownCaseOrAPartyNotInTheCaseIsRefusedAtSubmissionWithTheSameAnswer() {
    PartyRecord suspect = aDisclosableSuspect();
    String number = caseNumberOf(suspect);
    long applicant = signIn();
    List<String> answers = new ArrayList<>();
    for (String[] typed :
        new String[][] {
          {"晋小检刑诉受〔2026〕99999号", suspect.name()}, {number, "不在本案的人"}, {"不存在的案号", "某人"}
        }) {
      assertThatThrownBy(() -> apply(applicant, typed[0], typed[1], Relation.PARTY, xiaodian()))
          .isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> answers.add(e.getMessage()));
    }
    assertThat(answers).containsOnly(AccessApplications.NO_MATCH);
    assertThat(applications.of(applicant)).isEmpty();
  }

  @Test
  void aCaseNumberTypedWithSquareOrRoundBracketsIsTheSameCaseInTheApplication() {
    PartyRecord suspect = aDisclosableSuspect();
    String number = caseNumberOf(suspect);
    assertThat(number).contains("〔");
    String square = number.replace('〔', '[').replace('〕', ']');
    String round = " " + number.replace('〔', '(').replace('〕', ')');
    String fullWidth = number.replace('〔', '（').replace('〕', '）');
    assertThat(cases.normaliseNumber(square)).isEqualTo(number);
    assertThat(cases.normaliseNumber(round)).isEqualTo(number);
    assertThat(cases.normaliseNumber(fullWidth)).isEqualTo(number);

    long applicant = signIn();
    long id = apply(applicant, square, suspect.name(), Relation.PARTY, xiaodian());
    assertThat(applications.of(applicant))
        .singleElement()
        .satisfies(a -> assertThat(a.caseNumber()).isEqualTo(number));
    assertThat(
            applications
                .decide(staff("casemgmt"), id, AccessApplications.Verdict.APPROVE, null)
                .status())
        .isEqualTo(ApplicationStatus.APPROVED);
  }

  @Test
  void aSecondApplicationForTheSameCaseAndPartyIsRefusedWhileTheFirstIsPendingOrApproved() {
    PartyRecord suspect = aDisclosableSuspect();
    String number = caseNumberOf(suspect);
    long applicant = signIn();
    long first = apply(applicant, number, suspect.name(), Relation.PARTY, xiaodian());
    String typedAgain = number.replace('〔', '[').replace('〕', ']');
    assertThatThrownBy(
            () -> apply(applicant, typedAgain, suspect.name(), Relation.PARTY, xiaodian()))
        .hasMessage(AccessApplications.DUPLICATE);
    applications.decide(staff("casemgmt"), first, AccessApplications.Verdict.APPROVE, null);
    assertThatThrownBy(() -> apply(applicant, number, suspect.name(), Relation.PARTY, xiaodian()))
        .hasMessage(AccessApplications.DUPLICATE);
    // Someone else may apply for the same party, and a rejected application may be filed again.
    long other = signIn();
    long theirs = apply(other, number, suspect.name(), Relation.CLOSE_RELATIVE, xiaodian());
    applications.decide(staff("casemgmt"), theirs, AccessApplications.Verdict.REJECT, "材料不全");
    assertThat(apply(other, number, suspect.name(), Relation.CLOSE_RELATIVE, xiaodian()))
        .isGreaterThan(theirs);
  }

  @Test
  void missingMaterialsAreRefusedNamingWhatIsMissing() {
    long applicant = signIn();
    assertThatThrownBy(
            () ->
                applications.submit(
                    applicant,
                    new ApplicationForm(
                        "X",
                        "Y",
                        Relation.LEGAL_GUARDIAN,
                        "申请人",
                        "140105199001011234",
                        null,
                        null,
                        xiaodian()),
                    List.of(
                        new MaterialUpload(
                            Relation.Material.ID_CARD, "id.pdf", "application/pdf", PDF))))
        .hasMessageContaining("guardianship_proof");
  }

  @Test
  void aWitnessCannotBeGrantedAccess() {
    long first = CaseProbe.visibleCaseIds(cases, staff("casemgmt")).get(0);
    var view = cases.view(staff("casemgmt"), first);
    var victim = view.parties().stream().filter(p -> !p.role().accused()).findFirst().orElseThrow();
    assertThat(victim.role()).isNotNull();
    long id = apply(signIn(), view.caseNumber(), victim.name(), Relation.PARTY, xiaodian());
    assertThat(
            applications
                .decide(staff("casemgmt"), id, AccessApplications.Verdict.APPROVE, null)
                .status())
        .isEqualTo(ApplicationStatus.APPROVED);
  }

  @Test
  void theConsoleListsTheGrantsOfCasesItsStaffHandleNamedByCaseAndParty() {
    PartyRecord suspect = aDisclosableSuspect();
    String number = caseNumberOf(suspect);
    long id = apply(signIn(), number, suspect.name(), Relation.PARTY, xiaodian());
    applications.decide(staff("casemgmt"), id, AccessApplications.Verdict.APPROVE, null);
    assertThat(queries.grantsForStaff(staff("casemgmt")))
        .filteredOn(g -> g.partyId() == suspect.id())
        .anyMatch(g -> g.caseNumber().equals(number) && g.partyName().equals(suspect.name()));
    assertThat(queries.grantsForStaff(staff("casemgmt.province")))
        .anyMatch(g -> g.partyId() == suspect.id());
    StaffIdentity county = staff("casemgmt");
    StaffIdentity neighbour =
        new StaffIdentity(
            county.accountId(),
            county.username(),
            county.displayName(),
            directory.findByCode("140106").orElseThrow().id(),
            null,
            county.roles(),
            county.dataScope(),
            true);
    assertThat(queries.grantsForStaff(neighbour)).noneMatch(g -> g.partyId() == suspect.id());
  }

  @Test
  void anApplicationsUnitsAreNamedFromTheDirectory() {
    PartyRecord suspect = aDisclosableSuspect();
    long applicant = signIn();
    long home = directory.findByCode("140106").orElseThrow().id();
    long id = apply(applicant, caseNumberOf(suspect), suspect.name(), Relation.PARTY, home);
    String handling = directory.get(xiaodian()).name();
    assertThat(applications.of(applicant))
        .singleElement()
        .satisfies(a -> assertThat(a.verifyingUnit()).isEqualTo(directory.get(home).name()))
        .satisfies(a -> assertThat(a.handlingUnit()).isEqualTo(handling));
    assertThat(applications.view(staff("casemgmt"), id).handlingUnit()).isEqualTo(handling);
  }

  @Test
  void aWrongOneTimeCodeIsRefusedAndTooManyLockIt() {
    String mobile = "13800138000";
    applicants.sendCode(mobile);
    for (int i = 0; i < 5; i++) {
      assertThat(applicants.signIn(mobile, "000000")).isEmpty();
    }
    assertThatThrownBy(() -> applicants.signIn(mobile, "123456"))
        .isInstanceOf(TooManyAttempts.class);
  }
}
