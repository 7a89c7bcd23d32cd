package org.sunshine.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.env.Environment;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.transfer.TwoNodes;
import org.sunshine.platform.transfer.TwoNodesExtension;

/**
 * What the internet-facing node keeps on disk: a decided application's materials leave its database
 * (AccessReplicas.applyDecision), and the package that carried them leaves its transfer folders
 * once the internal node has acknowledged it (PackageRetention).
 */
@ExtendWith(TwoNodesExtension.class)
class PublicNodeRetentionTest {

  private static final AtomicInteger MOBILE = new AtomicInteger(40_000_000);
  static TwoNodes nodes;

  @BeforeAll
  static void start(TwoNodes pair) {
    nodes = pair;
    nodes.moveToPublic(true);
  }

  @Test
  void aDecidedApplicationsIdCardScanDoesNotStayOnThePublicNodesDisk() throws Exception {
    DocumentFixtures fx = nodes.internal(DocumentFixtures.class);
    long caseId = fx.aCase(false, false);
    String caseNumber = nodes.internal(Cases.class).record(caseId).caseNumber();
    long xiaodian = nodes.publicNode(Directory.class).findByCode("140105").orElseThrow().id();

    String mobile = "138" + MOBILE.incrementAndGet();
    nodes.publicNode(Applicants.class).sendCode(mobile);
    long applicant =
        nodes
            .publicNode(Applicants.class)
            .signIn(mobile, OneTimeCodes.lastSentTo(nodes.publicDb(), mobile))
            .orElseThrow();
    byte[] scan = ("%PDF-1.4 ID-CARD-SCAN " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    long publicId =
        nodes
            .publicNode(AccessApplications.class)
            .submit(
                applicant,
                new ApplicationForm(
                    caseNumber,
                    "张伟强",
                    Relation.PARTY,
                    "张伟强",
                    "140105198001010017",
                    null,
                    null,
                    xiaodian),
                List.of(
                    new MaterialUpload(
                        Relation.Material.ID_CARD, "身份证.pdf", "application/pdf", scan)));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                nodes
                        .publicDb()
                        .sql(
                            "select count(*) from transfer_outbox where kind = 'application' and ref_id = ?")
                        .param(publicId)
                        .query(Long.class)
                        .single()
                    > 0);
    nodes.moveToInternal();
    long internalId =
        nodes
            .internalDb()
            .sql("select id from access_application where origin_ref = ?")
            .param(publicId)
            .query(Long.class)
            .single();
    nodes
        .internal(AccessApplications.class)
        .decide(fx.staff("casemgmt"), internalId, AccessApplications.Verdict.APPROVE, null);
    nodes.awaitQueued("decision", internalId);
    nodes.moveToPublic(false);

    assertThat(
            nodes
                .publicDb()
                .sql("select count(*) from application_material where application_id = ?")
                .param(publicId)
                .query(Long.class)
                .single())
        .as("the public node's database let the decided application's materials go")
        .isZero();

    Path transfer =
        Path.of(nodes.publicNode(Environment.class).getProperty("sunshine.data-dir"))
            .resolve("transfer");
    List<String> holdingScan = filesContaining(transfer, Base64.getEncoder().encodeToString(scan));
    assertThat(holdingScan)
        .as("package files on the public node holding the ID-card scan")
        .isEmpty();
  }

  /** Every file (and zip entry) under the folder whose text contains the needle. */
  private static List<String> filesContaining(Path folder, String needle) throws IOException {
    List<String> found = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return found;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        if (p.toString().endsWith(".zip")) {
          try (ZipFile zip = new ZipFile(p.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
              try (InputStream in = zip.getInputStream(e)) {
                if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(needle)) {
                  found.add(p + "!" + e.getName());
                }
              }
            }
          }
        } else if (new String(Files.readAllBytes(p), StandardCharsets.UTF_8).contains(needle)) {
          found.add(p.toString());
        }
      }
    }
    return found;
  }
}
