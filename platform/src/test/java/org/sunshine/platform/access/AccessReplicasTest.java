package org.sunshine.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.cases.CaseEventType;
import org.sunshine.platform.cases.CasePartyView;
import org.sunshine.platform.cases.CaseProbe;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.DisclosureReplicas;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;

/**
 * The bookkeeping of a split deployment on one node: which replicas for the public node are stale,
 * and which replicas no grant needs any more (the crossing itself is {@code TwoNodeAccessTest}).
 */
@PlatformTest
class AccessReplicasTest {

  private static final AtomicInteger MOBILE = new AtomicInteger(60_000_000);
  private static final AtomicInteger NEXT_CASE = new AtomicInteger();

  @Autowired AccessReplicas replicas;
  @Autowired AccessApplications applications;
  @Autowired CaseStatusQueries queries;
  @Autowired DisclosureReplicas disclosures;
  @Autowired Cases cases;
  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;

  private StaffIdentity casemgmt() {
    return accounts.identity("casemgmt").orElseThrow();
  }

  /**
   * An open, disclosable case of the county, from the middle of the list (away from the cases
   * {@link AccessFlowTest} takes from either end), a different one each call.
   */
  private CaseView anOpenCase() {
    int skip = NEXT_CASE.getAndIncrement();
    List<Long> all = CaseProbe.disclosableCaseIds(cases, casemgmt());
    for (long id : all.subList(all.size() / 2, all.size())) {
      CaseView c = cases.view(casemgmt(), id);
      if (c.accused().get(0).events().stream().noneMatch(e -> e.type().concludes())
          && skip-- == 0) {
        return c;
      }
    }
    throw new IllegalStateException("no open disclosable demo case");
  }

  /** An application as the public node sends it, approved here; its id on this node. */
  private long approvedFromThePublicNode(CaseView c) {
    UUID key = UUID.randomUUID();
    replicas.receiveApplication(
        new ApplicationReplica(
            MOBILE.get(),
            key,
            "136" + MOBILE.incrementAndGet(),
            c.caseNumber(),
            c.accused().get(0).name(),
            Relation.PARTY,
            "申请人乙",
            Hashes.idNumber("140105198001010017"),
            "0017",
            null,
            null,
            directory.findByCode("140105").orElseThrow().id(),
            Instant.now(),
            List.of(
                new ApplicationReplica.Material(
                    1, Relation.Material.ID_CARD, "id.pdf", "application/pdf", new byte[] {1}))));
    long id =
        jdbc.sql("select id from access_application where origin_key = ?")
            .param(key)
            .query(Long.class)
            .single();
    applications.decide(casemgmt(), id, AccessApplications.Verdict.APPROVE, null);
    return id;
  }

  @Test
  void aGrantToThePublicNodeIsCopiedAgainOnlyWhenItsCaseMoves() {
    CaseView c = anOpenCase();
    long id = approvedFromThePublicNode(c);
    assertThat(replicas.claimChangedReplicas()).as("never copied yet").contains(id);
    assertThat(replicas.claimChangedReplicas()).as("claimed once").doesNotContain(id);
    cases.recordEvent(
        casemgmt(),
        c.id(),
        c.accused().get(0).id(),
        CaseEventType.DEADLINE_EXTENDED,
        LocalDate.now(),
        null);
    assertThat(replicas.claimChangedReplicas()).as("the case moved").contains(id);
    assertThat(replicas.claimChangedReplicas()).doesNotContain(id);
  }

  @Test
  void aCopyGoesOnceNoLiveGrantToItsPartyNeedsIt() {
    CaseView c = anOpenCase();
    long partyId = c.accused().get(0).id();
    long application = approvedFromThePublicNode(c);
    disclosures.apply(disclosures.export(c.id(), partyId).orElseThrow());
    CasePartyView.Key party = new CasePartyView.Key(c.id(), partyId);

    replicas.purgeEndedReplicas();
    assertThat(disclosures.held()).as("a live grant needs it").contains(party);

    long grant =
        jdbc.sql("select id from case_access_grant where application_id = ?")
            .param(application)
            .query(Long.class)
            .single();
    queries.revoke(casemgmt(), grant, "当事人撤回申请");
    assertThat(replicas.purgeEndedReplicas()).isPositive();
    assertThat(disclosures.held()).doesNotContain(party);
  }
}
