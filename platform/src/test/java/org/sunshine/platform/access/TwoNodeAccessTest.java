package org.sunshine.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.transfer.TwoNodes;
import org.sunshine.platform.transfer.TwoNodesExtension;

/**
 * The reverse direction (issue 7): a party signs in and applies on the public node, the application
 * and its materials cross to the internal node, 案管 verifies it there, and the grant with a replica
 * of that party's record crosses back — the party follows the record on the public node, sees it
 * move, and loses it when the grant is revoked. No other case data reaches the public node.
 */
@ExtendWith(TwoNodesExtension.class)
class TwoNodeAccessTest {

  private static final AtomicInteger MOBILE = new AtomicInteger(70_000_000);
  static TwoNodes nodes;

  @BeforeAll
  static void start(TwoNodes pair) {
    nodes = pair;
    nodes.moveToPublic(true); // the directory, so applicants can name a unit
  }

  private static long signInOnPublic() {
    String mobile = "137" + MOBILE.incrementAndGet();
    nodes.publicNode(Applicants.class).sendCode(mobile);
    String code = OneTimeCodes.lastSentTo(nodes.publicDb(), mobile);
    return nodes.publicNode(Applicants.class).signIn(mobile, code).orElseThrow();
  }

  /** Applies as the party, with the ID card, and waits until the application is queued outside. */
  private static long applyOnPublic(long applicant, String caseNumber, String party, long unit) {
    long id =
        nodes
            .publicNode(AccessApplications.class)
            .submit(
                applicant,
                new ApplicationForm(
                    caseNumber,
                    party,
                    Relation.PARTY,
                    party,
                    "140105198001010017",
                    null,
                    null,
                    unit),
                List.of(
                    new MaterialUpload(
                        Relation.Material.ID_CARD,
                        "身份证.pdf",
                        "application/pdf",
                        "%PDF-1.4 id".getBytes())));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                nodes
                        .publicDb()
                        .sql(
                            "select count(*) from transfer_outbox where kind = 'application' and ref_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                    > 0);
    return id;
  }

  private static void publicToInternal() {
    nodes.moveToInternal();
  }

  private static long internalApplication(long publicId) {
    return nodes
        .internalDb()
        .sql("select id from access_application where origin_ref = ?")
        .param(publicId)
        .query(Long.class)
        .single();
  }

  @Test
  void aPartyAppliesOnThePublicNodeIsVerifiedInsideAndFollowsTheRecordOutside() throws Exception {
    DocumentFixtures fx = nodes.internal(DocumentFixtures.class);
    long caseId = fx.aCase(false, false);
    String caseNumber = nodes.internal(Cases.class).record(caseId).caseNumber();
    long xiaodian = nodes.publicNode(Directory.class).findByCode("140105").orElseThrow().id();

    // On the public node: sign in with a code, apply with the ID card.
    long applicant = signInOnPublic();
    long publicId = applyOnPublic(applicant, caseNumber, "张伟强", xiaodian);
    publicToInternal();

    // Inside: the application with its material, found on the case; 案管 approves it.
    long internalId = internalApplication(publicId);
    assertThat(
            nodes
                .internalDb()
                .sql("select count(*) from application_material where application_id = ?")
                .param(internalId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    var decision =
        nodes
            .internal(AccessApplications.class)
            .decide(fx.staff("casemgmt"), internalId, AccessApplications.Verdict.APPROVE, null);
    assertThat(decision.status()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(decision.queryCode())
        .as("nobody at the console sees a public applicant's code")
        .isNull();
    nodes.awaitQueued("decision", internalId);
    nodes.moveToPublic(false);

    // Outside: the 查询码 once, and the record.
    CaseStatusQueries queries = nodes.publicNode(CaseStatusQueries.class);
    var grant = queries.grantsOf(applicant).get(0);
    assertThat(grant.newQueryCode()).hasSize(8);
    assertThat(
            nodes
                .internalDb()
                .sql(
                    "select count(*) from case_access_grant where id = ? and pending_code is not null")
                .param(grant.id())
                .query(Long.class)
                .single())
        .as("the clear code left the internal node with its package")
        .isZero();
    assertThat(
            nodes
                .publicDb()
                .sql("select count(*) from application_material where application_id = ?")
                .param(publicId)
                .query(Long.class)
                .single())
        .as("the ID card scan left the internet-facing database once decided")
        .isZero();
    // The applicant is told on the node they use; the internal node sends them nothing.
    Notifications outside = nodes.publicNode(Notifications.class);
    assertThat(outside.inbox(ApplicantNotices.recipient(applicant), 10))
        .anyMatch(m -> m.body().contains("已通过核验"));
    assertThat(
            nodes
                .internalDb()
                .sql(
                    "select count(*) from notification where template like 'application.%' and link = '/access'"
                        + " and recipient = (select 'applicant:' || applicant_id from access_application where id = ?)")
                .param(internalId)
                .query(Long.class)
                .single())
        .isZero();
    var seen = queries.online(applicant, grant.id()).orElseThrow();
    assertThat(seen.caseNumber()).isEqualTo(caseNumber);
    assertThat(seen.disclosable()).isTrue();
    assertThat(seen.charge()).isEqualTo("盗窃罪");
    int before = seen.timeline().size();
    assertThat(
            nodes.publicDb().sql("select count(*) from criminal_case").query(Long.class).single())
        .isZero();
    assertThat(
            nodes
                .publicDb()
                .sql(
                    "select count(*) from party_disclosure_replica where not (case_id = ? and party_id = ?)")
                .params(caseId, grant.partyId())
                .query(Long.class)
                .single())
        .as("replicas of parties no grant covers")
        .isZero();

    // An import moves the record inside; the replica outside follows with the next package.
    fx.partyEvent(caseId, "S1", "DEADLINE_EXTENDED", LocalDate.now());
    nodes.moveToPublic(false);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> queries.online(applicant, grant.id()).orElseThrow().timeline().size() > before);
    assertThat(outside.inbox(ApplicantNotices.recipient(applicant), 10))
        .as("the step the replica brought is news on the public node")
        .anyMatch(m -> m.body().contains("延长期限"));

    assertThat(queries.grantsOf(applicant).get(0).newQueryCode())
        .as("the code is shown once and never comes back")
        .isNull();

    // A revocation inside ends the grant outside, and the replica goes with it.
    int queued = nodes.queued("decision", internalId);
    nodes.internal(CaseStatusQueries.class).revoke(fx.staff("casemgmt"), grant.id(), "当事人撤回委托");
    nodes.awaitQueued("decision", internalId, queued + 1);
    nodes.moveToPublic(false);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> queries.online(applicant, grant.id()).isEmpty());
    assertThat(outside.inbox(ApplicantNotices.recipient(applicant), 10))
        .as("the applicant hears of the revocation where they follow the record")
        .anyMatch(m -> m.body().contains("已被检察机关撤销"));
    assertThat(
            nodes
                .publicDb()
                .sql("select count(*) from party_disclosure_replica where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anApplicationForACaseThatDoesNotExistComesBackRejectedWithTheReason() throws Exception {
    long xiaodian = nodes.publicNode(Directory.class).findByCode("140105").orElseThrow().id();
    long applicant = signInOnPublic();
    long publicId = applyOnPublic(applicant, "晋小检刑诉受〔2026〕不存在号", "某甲", xiaodian);
    publicToInternal();
    long internalId = internalApplication(publicId);
    DocumentFixtures fx = nodes.internal(DocumentFixtures.class);
    nodes
        .internal(AccessApplications.class)
        .decide(fx.staff("casemgmt"), internalId, AccessApplications.Verdict.REJECT, "案号有误，未找到该案件");
    nodes.awaitQueued("decision", internalId);
    nodes.moveToPublic(false);
    var mine = nodes.publicNode(AccessApplications.class).of(applicant);
    assertThat(mine)
        .singleElement()
        .satisfies(a -> assertThat(a.status()).isEqualTo(ApplicationStatus.REJECTED));
    assertThat(nodes.publicNode(CaseStatusQueries.class).grantsOf(applicant)).isEmpty();

    // A decision naming this application's number but not its key (another public node's, or one
    // from before a restore) changes nothing; nor does a replica under its key from another mobile.
    var replicas = nodes.publicNode(AccessReplicas.class);
    var stranger =
        new DecisionReplica(
            publicId,
            UUID.randomUUID(),
            "13700000000",
            ApplicationStatus.APPROVED,
            null,
            Instant.now(),
            null,
            null,
            null,
            null,
            null);
    Assertions.assertThatThrownBy(() -> replicas.applyDecision(stranger))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(nodes.publicNode(AccessApplications.class).of(applicant))
        .singleElement()
        .satisfies(a -> assertThat(a.status()).isEqualTo(ApplicationStatus.REJECTED));
    var replica = replicas.exportApplication(publicId).orElseThrow();
    var impostor =
        new ApplicationReplica(
            replica.originId(),
            replica.originKey(),
            "13900000000",
            replica.caseNumber(),
            replica.partyName(),
            replica.relation(),
            replica.applicantName(),
            replica.idNumberHash(),
            replica.idNumberTail(),
            null,
            null,
            replica.verifyingUnitId(),
            replica.createdAt(),
            List.of());
    Assertions.assertThatThrownBy(
            () -> nodes.internal(AccessReplicas.class).receiveApplication(impostor))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
