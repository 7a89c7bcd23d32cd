package org.sunshine.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.sunshine.platform.cases.CaseRef;
import org.sunshine.platform.cases.CaseType;
import org.sunshine.platform.cases.PartyRole;

/** The rules of an access application's life, on the aggregate alone (no Spring, no database). */
class AccessApplicationTest {

  private static final long CASE = 7;
  private static final long SUSPECT = 71;
  private static final long WITNESS = 72;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final LongSupplier NO_LAWYERS = () -> 0;

  private static AccessApplication application(
      ApplicationStatus status, Relation relation, Long caseId, Long partyId) {
    return new AccessApplication(
        new AccessRows.ApplicationRow(
            1,
            2,
            caseId,
            partyId,
            "晋0105刑诉〔2026〕1号",
            "张三",
            relation,
            "申请人甲",
            "hash",
            "1234",
            null,
            null,
            10,
            caseId == null ? null : 11L,
            status,
            null,
            null,
            null,
            CLOCK.instant(),
            List.of()));
  }

  private static AccessApplication submitted(Relation relation, long partyId) {
    return application(ApplicationStatus.SUBMITTED, relation, CASE, partyId);
  }

  private static CaseRef theCase(CaseType type) {
    return new CaseRef(
        CASE,
        "晋0105刑诉〔2026〕1号",
        11,
        type,
        List.of(
            new CaseRef.PartyRef(SUSPECT, "张三", PartyRole.SUSPECT),
            new CaseRef.PartyRef(WITNESS, "李四", PartyRole.WITNESS)));
  }

  private static final CaseRef CRIMINAL = theCase(CaseType.PROSECUTION_REVIEW);

  private static void approve(AccessApplication a, LongSupplier lawyers) {
    a.approve(CRIMINAL, lawyers, null, "casemgmt", CLOCK.instant());
  }

  @Test
  void anApprovalAtTheHandlingUnitRecordsWhoDecidedAndWhen() {
    AccessApplication a = submitted(Relation.PARTY, SUSPECT);
    a.approve(CRIMINAL, NO_LAWYERS, "材料齐全", "casemgmt", CLOCK.instant());
    assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(a.note()).isEqualTo("材料齐全");
    assertThat(a.decidedBy()).isEqualTo("casemgmt");
    assertThat(a.decidedAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void aDecidedApplicationCannotBeDecidedAgain() {
    for (ApplicationStatus decided :
        List.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED)) {
      List<Consumer<AccessApplication>> everyDecision =
          List.of(
              a -> a.reject("理由", "casemgmt", CLOCK.instant()),
              a -> a.askForMore("理由", "casemgmt", CLOCK.instant()),
              a -> a.forward(CRIMINAL, null, "casemgmt", CLOCK.instant()),
              a -> approve(a, NO_LAWYERS));
      for (Consumer<AccessApplication> decision : everyDecision) {
        AccessApplication a = application(decided, Relation.PARTY, CASE, SUSPECT);
        assertThatThrownBy(() -> decision.accept(a))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("该申请已经处理");
        assertThat(a.status()).isEqualTo(decided);
      }
    }
  }

  @Test
  void aRefusalAndARequestForMoreMaterialsSayWhyForTheApplicantToRead() {
    AccessApplication a = submitted(Relation.PARTY, SUSPECT);
    assertThatThrownBy(() -> a.reject(" ", "casemgmt", CLOCK.instant()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("note:");
    assertThatThrownBy(() -> a.askForMore(null, "casemgmt", CLOCK.instant()))
        .hasMessageStartingWith("note:");
    assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    a.askForMore(" 请补充亲属关系证明 ", "casemgmt", CLOCK.instant());
    assertThat(a.status()).isEqualTo(ApplicationStatus.MORE_INFO_REQUESTED);
    assertThat(a.note()).isEqualTo("请补充亲属关系证明");
  }

  @Test
  void onlyAnApplicationWaitingForMaterialsTakesMoreAndGoesBackInTheQueue() {
    AccessApplication submitted = submitted(Relation.PARTY, SUSPECT);
    assertThatThrownBy(submitted::resubmit)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("要求补充材料后才能补交材料");
    AccessApplication waiting =
        application(ApplicationStatus.MORE_INFO_REQUESTED, Relation.PARTY, CASE, SUSPECT);
    waiting.resubmit();
    assertThat(waiting.status()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void anApplicationWaitingForMaterialsMayStillBeDecided() {
    AccessApplication a =
        application(ApplicationStatus.MORE_INFO_REQUESTED, Relation.PARTY, CASE, SUSPECT);
    approve(a, NO_LAWYERS);
    assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
  }

  @Test
  void theHomeCountyForwardsOnceAndTheHandlingUnitThenApproves() {
    AccessApplication a = submitted(Relation.CLOSE_RELATIVE, SUSPECT);
    a.forward(CRIMINAL, null, "casemgmt.home", CLOCK.instant());
    assertThat(a.status()).isEqualTo(ApplicationStatus.FORWARDED);
    assertThatThrownBy(() -> a.forward(CRIMINAL, null, "casemgmt.home", CLOCK.instant()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("已转交承办单位");
    approve(a, NO_LAWYERS);
    assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
  }

  @Test
  void anApplicationNamingNoKnownCaseOrPartyIsNeitherForwardedNorApproved() {
    AccessApplication unknownCase =
        application(ApplicationStatus.SUBMITTED, Relation.PARTY, null, null);
    assertThatThrownBy(() -> approve(unknownCase, NO_LAWYERS)).hasMessageStartingWith("partyName:");
    assertThatThrownBy(() -> unknownCase.forward(null, null, "casemgmt", CLOCK.instant()))
        .hasMessageStartingWith("partyName:");
    AccessApplication unknownParty =
        application(ApplicationStatus.SUBMITTED, Relation.PARTY, CASE, null);
    assertThatThrownBy(() -> approve(unknownParty, NO_LAWYERS))
        .hasMessageStartingWith("partyName:");
    assertThat(unknownParty.status()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void aWitnessIsNoPartyAndNobodyFollowsTheirRecord() {
    AccessApplication a = submitted(Relation.PARTY, WITNESS);
    assertThatThrownBy(() -> approve(a, NO_LAWYERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("证人");
    assertThatThrownBy(() -> a.forward(CRIMINAL, null, "casemgmt", CLOCK.instant()))
        .hasMessageContaining("证人");
    assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void aThirdLawyerIsNotBoundToOnePartyOfACriminalCase() {
    AccessApplication third = submitted(Relation.DEFENCE_COUNSEL, SUSPECT);
    assertThatThrownBy(() -> approve(third, () -> 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("relation:");
    assertThat(third.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    AccessApplication second = submitted(Relation.LITIGATION_AGENT, SUSPECT);
    approve(second, () -> 1);
    assertThat(second.status()).isEqualTo(ApplicationStatus.APPROVED);
  }

  /** 民事诉讼法第六十一条, 行政诉讼法第三十一条: 一至二人作为诉讼代理人, as binding already refuses. */
  @Test
  void aThirdAgentIsNotBoundToOnePartyInCivilOrAdministrativeSupervisionEither() {
    for (CaseType type : List.of(CaseType.CIVIL_SUPERVISION, CaseType.ADMINISTRATIVE_SUPERVISION)) {
      AccessApplication third = submitted(Relation.LITIGATION_AGENT, SUSPECT);
      assertThatThrownBy(
              () -> third.approve(theCase(type), () -> 2, null, "casemgmt", CLOCK.instant()))
          .hasMessageStartingWith("relation:")
          .hasMessageContaining(type == CaseType.CIVIL_SUPERVISION ? "民事诉讼法第六十一条" : "行政诉讼法第三十一条");
      assertThat(third.status()).isEqualTo(ApplicationStatus.SUBMITTED);
      AccessApplication second = submitted(Relation.LITIGATION_AGENT, SUSPECT);
      second.approve(theCase(type), () -> 1, null, "casemgmt", CLOCK.instant());
      assertThat(second.status()).isEqualTo(ApplicationStatus.APPROVED);
    }
  }

  @Test
  void theLawyersAlreadyBoundAreCountedOnlyForALawyer() {
    AtomicInteger asked = new AtomicInteger();
    approve(
        submitted(Relation.PARTY, SUSPECT),
        () -> {
          asked.incrementAndGet();
          return 2;
        });
    assertThat(asked).hasValue(0);
  }
}
