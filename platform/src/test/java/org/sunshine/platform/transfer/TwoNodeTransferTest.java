package org.sunshine.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.health.contributor.Status;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.documents.DocumentWorkflow;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.publication.DocumentReplicas;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.publication.PublishedReleases;
import org.sunshine.platform.publication.ReleaseReplicas;
import org.sunshine.platform.releases.Releases;

/**
 * Two real nodes joined through folders (issue 7): the public node gets the internal node's
 * published state and nothing else, publication and withdrawal cross the gap (search included),
 * acknowledgements travel back, and the public node serves no staff pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(TwoNodesExtension.class)
class TwoNodeTransferTest {

  static TwoNodes nodes;

  @BeforeAll
  static void start(TwoNodes pair) throws Exception {
    nodes = pair;
  }

  static int get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  @Order(1)
  void theWholePublishedStateCrossesAndTheAcknowledgementComesBack() {
    long sequence = nodes.moveToPublic(true);
    List<Long> internalIds = nodes.internal(DocumentReplicas.class).internetDocumentIds();
    assertThat(internalIds).isNotEmpty();
    assertThat(nodes.publicNode(DocumentReplicas.class).internetDocumentIds())
        .isEqualTo(internalIds);
    for (long id : internalIds) {
      assertThat(nodes.publicNode(DocumentReplicas.class).export(id))
          .isEqualTo(nodes.internal(DocumentReplicas.class).export(id));
    }
    assertThat(nodes.publicNode(ReleaseReplicas.class).publicReleaseIds())
        .isEqualTo(nodes.internal(ReleaseReplicas.class).publicReleaseIds())
        .isNotEmpty();
    assertThat(nodes.publicNode(Directory.class).all())
        .isEqualTo(nodes.internal(Directory.class).all());

    nodes.moveAcknowledgements();
    TransferStatus.Sent sent =
        nodes.internal(Transfers.class).status().sent().stream()
            .filter(s -> s.sequence() == sequence)
            .findFirst()
            .orElseThrow();
    assertThat(sent.acknowledgedAt()).isNotNull();
    assertThat(sent.rejected()).as(sent.report()).isZero();
    assertThat(sent.applied()).isEqualTo(sent.records());
  }

  @Test
  @Order(2)
  void thePublicDatabaseHoldsNoOriginalTextNoStaffAccountAndNoCaseData() {
    var db = nodes.publicDb();
    for (String table :
        List.of(
            "legal_document",
            "redaction_finding",
            "case_pseudonym",
            "approval",
            "approval_decision",
            "staff_account",
            "staff_account_role",
            "staff_credential",
            "department",
            "case_team",
            "criminal_case",
            "case_party",
            "case_event",
            "compulsory_measure",
            "screening_result")) {
      assertThat(db.sql("select count(*) from " + table).query(Long.class).single())
          .as(table)
          .isZero();
    }
    // No party's name or identity number, and no staff login, appears anywhere on the public node.
    // A party whose name is also a procurator's (the demo draws both from one pool) is left out:
    // the procurator's name is published on purpose.
    var internalDb = nodes.internalDb();
    List<String> secrets =
        internalDb
            .sql(
                """
                (select name from case_party where length(name) >= 2
                 except select procurator from criminal_case where procurator is not null)
                union select id_number from case_party where id_number is not null
                union select username from staff_account""")
            .query(String.class)
            .list();
    assertThat(secrets).hasSizeGreaterThan(20);
    // What applicants typed on the public node themselves (their name, the party they follow)
    // and the replicas their grants opened are the public node's own business: those tables alone
    // are left out of the scan.
    // Flyway's history holds the migrations' file names (V31__lawyer_handler_phone), not data.
    // Visitors booking an open day or applying to observe a hearing there type their own names too.
    List<String> own =
        List.of(
            "access_application",
            "party_disclosure_replica",
            "applicant",
            "open_day_booking",
            "hearing_observer",
            "flyway_schema_history");
    List<String> notTheirs = secrets;
    List<String> tables =
        db.sql(
                """
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'""")
            .query(String.class)
            .list();
    Map<String, String> byTable = new TreeMap<>();
    for (String t : tables) {
      if (own.contains(t)) {
        continue;
      }
      byTable.put(
          t,
          String.join("\n", db.sql("select t::text from " + t + " t").query(String.class).list()));
    }
    assertThat(String.join("", byTable.values()))
        .contains("起诉书"); // not empty: it holds the published texts
    assertThat(notTheirs)
        .allSatisfy(
            s ->
                assertThat(
                        byTable.entrySet().stream()
                            .filter(e -> holds(e.getValue(), s))
                            .map(Map.Entry::getKey)
                            .toList())
                    .as(
                        "tables of the public node holding "
                            + s
                            + " "
                            + byTable.values().stream()
                                .filter(v -> holds(v, s))
                                .map(
                                    v ->
                                        v.substring(
                                            Math.max(0, v.indexOf(s) - 80),
                                            Math.min(v.length(), v.indexOf(s) + 80)))
                                .toList())
                    .isEmpty());
  }

  /**
   * Whether the text holds the secret. A two-character name also occurs inside longer ones (a party
   * 王志 in the published 检察官：王志明), so those count only standing alone.
   */
  private static boolean holds(String text, String secret) {
    if (secret.length() > 2) {
      return text.contains(secret);
    }
    return Pattern.compile("(?<!\\p{IsHan})" + Pattern.quote(secret) + "(?!\\p{IsHan})")
        .matcher(text)
        .find();
  }

  @Test
  @Order(3)
  void aPublicationAndItsWithdrawalReachPublicSearchOnceThePackageIsApplied() throws Exception {
    long id = nodes.publishOnInternal();
    long unit =
        nodes
            .internal(PublishedDocuments.class)
            .find(id, PublicationChannel.INTERNET)
            .orElseThrow()
            .unitId();
    nodes.moveToPublic(false);
    assertThat(nodes.publicNode(PublishedDocuments.class).find(id, PublicationChannel.INTERNET))
        .hasValueSatisfying(d -> assertThat(d.withdrawn()).isFalse());
    await().atMost(Duration.ofSeconds(20)).until(() -> nodes.inPublicSearch(id, unit));
    assertThat(get(nodes.publicPort(), "/documents/" + id)).isEqualTo(200);
    assertThat(get(nodes.publicPort(), "/documents/" + id + ".pdf")).isEqualTo(200);

    DocumentFixtures fx = nodes.internal(DocumentFixtures.class);
    nodes
        .internal(DocumentWorkflow.class)
        .orderWithdrawal(fx.staff("casemgmt.province"), id, "技术处理不当，须重新审查");
    nodes.awaitQueued("document", id, 2);
    nodes.moveToPublic(false);
    assertThat(nodes.publicNode(PublishedDocuments.class).find(id, PublicationChannel.INTERNET))
        .hasValueSatisfying(d -> assertThat(d.withdrawn()).isTrue());
    await().atMost(Duration.ofSeconds(20)).until(() -> !nodes.inPublicSearch(id, unit));
    assertThat(get(nodes.publicPort(), "/documents/" + id + ".pdf")).isEqualTo(404);
    assertThat(nodes.publicSearchInStep()).isTrue();
  }

  @Test
  @Order(4)
  void aReleaseWithdrawnOnTheInternalNodeIsWithdrawnOnThePublicNode() {
    long releaseId = nodes.internal(ReleaseReplicas.class).publicReleaseIds().get(0);
    DocumentFixtures fx = nodes.internal(DocumentFixtures.class);
    nodes.internal(Releases.class).withdraw(fx.staff("casemgmt.province"), releaseId, "信息有误，予以撤回");
    nodes.awaitQueued("release", releaseId);
    nodes.moveToPublic(false);
    assertThat(nodes.publicNode(PublishedReleases.class).find(releaseId))
        .hasValueSatisfying(
            r -> {
              assertThat(r.withdrawn()).isTrue();
              assertThat(r.withdrawalReason()).isEqualTo("信息有误，予以撤回");
            });
    // The public database keeps only the notice: no title, no body, and no workflow row at all.
    assertThat(
            nodes
                .publicDb()
                .sql("select title || '|' || body from published_release where release_id = ?")
                .param(releaseId)
                .query(String.class)
                .single())
        .isEqualTo("|");
    assertThat(nodes.publicDb().sql("select count(*) from case_release").query(Long.class).single())
        .isZero();
  }

  @Test
  @Order(5)
  void thePublicNodeServesThePublicAndNoStaffPages() throws Exception {
    int port = nodes.publicPort();
    assertThat(get(port, "/")).isEqualTo(200);
    assertThat(get(port, "/search?q=盗窃")).isEqualTo(200);
    assertThat(get(port, "/api/v1/documents")).isEqualTo(200);
    for (String path :
        List.of(
            "/console",
            "/console/",
            "/console/cases",
            "/%63onsole",
            "/login",
            "/%6Cogin",
            "/kiosk",
            "/kiosk/query",
            "/%6Biosk/query",
            "/api/import/cases")) {
      assertThat(get(port, path)).as(path).isEqualTo(404);
    }
    assertThat(get(nodes.internalPort(), "/login")).isEqualTo(200);
    assertThat(get(port, "/access")).isEqualTo(200);
  }

  @Test
  @Order(6)
  void silenceFromTheInternalNodeRaisesTheAlert() {
    var health = nodes.publicNode(TransferSchedule.class);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> nodes.publicNode(Transfers.class).status().alert());
    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    nodes.moveToPublic(true);
    assertThat(nodes.publicNode(Transfers.class).status().alert()).isFalse();
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
  }
}
