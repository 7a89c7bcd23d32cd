package org.sunshine.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.documents.DocumentWorkflow;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.publication.DocumentReplica;
import org.sunshine.platform.publication.DocumentReplicas;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.publication.ReleaseReplicas;

/**
 * Bad input and faults on the channel: whatever arrives, the public node applies nothing from a bad
 * package, keeps serving, says why, and ends up equal to the internal node.
 */
@ExtendWith(TwoNodesExtension.class)
class TransferFaultsTest {

  static TwoNodes nodes;

  @BeforeAll
  static void start(TwoNodes pair) throws Exception {
    nodes = pair;
    nodes.moveToPublic(true);
  }

  private static Path onlyPackageInInbox() throws IOException {
    try (var list = Files.list(nodes.toPublic)) {
      return list.filter(p -> !p.getFileName().toString().startsWith("."))
          .findFirst()
          .orElseThrow();
    }
  }

  private static long exportOne() throws Exception {
    nodes.publishOnInternal();
    return nodes.internal(Transfers.class).exportNow(false).orElseThrow();
  }

  private static boolean onPublic(long documentId) {
    return nodes
        .publicNode(PublishedDocuments.class)
        .find(documentId, PublicationChannel.INTERNET)
        .isPresent();
  }

  private static long lastDocument() {
    List<Long> ids = nodes.internal(DocumentReplicas.class).internetDocumentIds();
    return ids.get(ids.size() - 1);
  }

  private static String lastRefusal() {
    return nodes.publicNode(Transfers.class).status().refusals().get(0).reason();
  }

  /** Rewrites one file inside a zipped package (the manifest and signature stay as they were). */
  private static void tamper(Path zip, String file) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        entries.put(e.getName(), z.readAllBytes());
      }
    }
    byte[] bytes = entries.get(file);
    bytes[bytes.length / 2] ^= 1;
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
  }

  @Test
  void aPackageSignedWithAnUnknownKeyIsRefusedAndNothingOfItIsApplied() throws Exception {
    long before =
        nodes.publicDb().sql("select count(*) from published_document").query(Long.class).single();
    long next = nodes.publicNode(TransferRows.class).lastApplied("internal") + 1;
    String record =
        TransferJson.MAPPER.writeValueAsString(
            Map.of("kind", "units", "key", "units", "data", nodes.internal(Directory.class).all()));
    PackageWriter.write(
        nodes.toPublic,
        next,
        "internal",
        List.of(record),
        Map.of(),
        TransferKeys.generate().getPrivate());
    var run = nodes.publicNode(Transfers.class).importNow();
    assertThat(run.refused()).isEqualTo(1);
    assertThat(lastRefusal()).isEqualTo("BAD_SIGNATURE");
    assertThat(nodes.publicNode(TransferRows.class).lastApplied("internal")).isEqualTo(next - 1);
    assertThat(
            nodes
                .publicDb()
                .sql("select count(*) from published_document")
                .query(Long.class)
                .single())
        .isEqualTo(before);
  }

  @Test
  void aChangedFileIsRefusedAndThePackageSentAgainApplies() throws Exception {
    long sequence = exportOne();
    long document = lastDocument();
    tamper(onlyPackageInInbox(), "records.jsonl");
    assertThat(nodes.publicNode(Transfers.class).importNow().refused()).isEqualTo(1);
    assertThat(lastRefusal()).isEqualTo("CHANGED_FILE");
    assertThat(onPublic(document)).isFalse();

    nodes.internal(Transfers.class).resend(sequence);
    assertThat(nodes.publicNode(Transfers.class).importNow().applied()).isEqualTo(1);
    assertThat(onPublic(document)).isTrue();
  }

  @Test
  void aTruncatedArchiveIsRefusedAndThePackageSentAgainApplies() throws Exception {
    long sequence = exportOne();
    long document = lastDocument();
    Path zip = onlyPackageInInbox();
    byte[] bytes = Files.readAllBytes(zip);
    Files.write(zip, Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(nodes.publicNode(Transfers.class).importNow().refused()).isEqualTo(1);
    assertThat(lastRefusal()).isIn("DAMAGED_ARCHIVE", "MISSING_MANIFEST", "MISSING_FILE");
    assertThat(onPublic(document)).isFalse();

    nodes.internal(Transfers.class).resend(sequence);
    nodes.publicNode(Transfers.class).importNow();
    assertThat(onPublic(document)).isTrue();
  }

  @Test
  void aGapWaitsForTheMissingPackageAndNothingAfterItIsApplied() throws Exception {
    long first = exportOne();
    long firstDocument = lastDocument();
    Path held = Files.move(onlyPackageInInbox(), nodes.root.resolve("held.zip"));
    exportOne();
    long secondDocument = lastDocument();

    var run = nodes.publicNode(Transfers.class).importNow();
    assertThat(run.applied()).isZero();
    assertThat(run.waitingFor()).isEqualTo(first);
    assertThat(onPublic(secondDocument)).isFalse();

    Files.move(held, nodes.toPublic.resolve(String.format("internal-%010d.zip", first)));
    assertThat(nodes.publicNode(Transfers.class).importNow().applied()).isEqualTo(2);
    assertThat(onPublic(firstDocument)).isTrue();
    assertThat(onPublic(secondDocument)).isTrue();
  }

  @Test
  void theSamePackageSentAgainIsSkippedButAnotherUnderAnAppliedNumberIsRefusedAsAReplay()
      throws Exception {
    long sequence = exportOne();
    String name = String.format("internal-%010d.zip", sequence);
    nodes.publicNode(Transfers.class).importNow();
    Path applied = nodes.root.resolve("public/transfer/applied").resolve(name);
    Files.copy(applied, nodes.toPublic.resolve(name));
    var again = nodes.publicNode(Transfers.class).importNow();
    assertThat(again.refused()).isZero();
    assertThat(again.applied()).isZero();

    String record =
        TransferJson.MAPPER.writeValueAsString(
            Map.of("kind", "units", "key", "units", "data", nodes.internal(Directory.class).all()));
    PrivateKey key = TransferKeys.readPrivate(nodes.keys.resolve("internal.key"));
    PackageWriter.write(nodes.toPublic, sequence, "internal", List.of(record), Map.of(), key);
    assertThat(nodes.publicNode(Transfers.class).importNow().refused()).isEqualTo(1);
    assertThat(lastRefusal()).isEqualTo("REPLAY");
  }

  @Test
  void aFullExportCatchesUpAcrossAGapAsABaseline() throws Exception {
    exportOne();
    long lost = lastDocument();
    Path held = Files.move(onlyPackageInInbox(), nodes.root.resolve("lost.zip"));
    long baseline = nodes.internal(Transfers.class).exportNow(true).orElseThrow();
    var run = nodes.publicNode(Transfers.class).importNow();
    assertThat(run.waitingFor()).isNull();
    assertThat(nodes.publicNode(TransferRows.class).lastApplied("internal")).isEqualTo(baseline);
    assertThat(onPublic(lost)).isTrue();
    // The lost package turning up later is an old one now: refused, nothing applied.
    Files.move(held, nodes.toPublic.resolve(held.getFileName()));
    assertThat(nodes.publicNode(Transfers.class).importNow().refused()).isEqualTo(1);
  }

  @Test
  void aRecordForAnUnknownUnitIsRejectedTheRestAppliesAndTheSenderIsTold() throws Exception {
    nodes.internal(Transfers.class).exportNow(false);
    nodes.publicNode(Transfers.class).importNow();
    // A package from the internal node's key with one bad record among good ones, numbered as the
    // internal node's next package (which the internal node then skips).
    var internalDb = nodes.internalDb();
    long next = nodes.internal(TransferRows.class).lastSequenceSent() + 1;
    var json = TransferJson.MAPPER;
    long releaseId = nodes.internal(ReleaseReplicas.class).publicReleaseIds().get(0);
    var good = nodes.internal(ReleaseReplicas.class).export(releaseId).orElseThrow();
    var document = nodes.internal(DocumentReplicas.class).export(lastDocument()).orElseThrow();
    var stranger =
        new DocumentReplica(999_999L, 987_654L, 1L, null, document.revisions(), List.of());
    List<String> records =
        List.of(
            json.writeValueAsString(
                Map.of("kind", "document", "key", "document-999999", "data", stranger)),
            json.writeValueAsString(
                Map.of(
                    "kind",
                    "document",
                    "key",
                    "document-999998",
                    "data",
                    Map.of(
                        "documentId",
                        999_998,
                        "unitId",
                        document.unitId(),
                        "caseRef",
                        1,
                        "revisions",
                        List.of(Map.of("id", 999_998, "revision", 1)),
                        "corrections",
                        List.of()))),
            json.writeValueAsString(
                Map.of("kind", "release", "key", "release-" + releaseId, "data", good)));
    PrivateKey key = TransferKeys.readPrivate(nodes.keys.resolve("internal.key"));
    PackageWriter.write(nodes.toPublic, next, "internal", records, Map.of(), key);
    internalDb
        .sql(
            "insert into transfer_sent (sequence, created_at, records, last_outbox_id, delivered_at) "
                + "values (?, ?, 3, 0, ?)")
        .params(next, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
        .update();

    assertThat(nodes.publicNode(Transfers.class).importNow().applied()).isEqualTo(1);
    var received = nodes.publicNode(TransferRows.class).received("internal", next).orElseThrow();
    assertThat(received.applied()).isEqualTo(1);
    assertThat(received.rejected()).isEqualTo(2);
    assertThat(received.report()).contains("document-999999").contains("未知的检察院");
    assertThat(
            nodes
                .publicDb()
                .sql("select count(*) from public_document where document_id = 999999")
                .query(Long.class)
                .single())
        .isZero();

    nodes.moveAcknowledgements();
    var sent =
        nodes.internal(Transfers.class).status().sent().stream()
            .filter(s -> s.sequence() == next)
            .findFirst()
            .orElseThrow();
    assertThat(sent.rejected()).isEqualTo(2);
    assertThat(sent.report()).contains("未知的检察院");
  }

  @Test
  void killingTheImporterAtRandomPointsLeavesThePublicNodeEqualToTheInternalNode()
      throws Exception {
    Random random = new Random(7);
    TransferImport importer = nodes.publicNode(TransferImport.class);
    int kills = 0;
    try {
      for (int round = 0; round < 3; round++) {
        long withdrawn = nodes.publishOnInternal();
        nodes.publishOnInternal();
        nodes
            .internal(DocumentWorkflow.class)
            .orderWithdrawal(
                nodes.internal(DocumentFixtures.class).staff("casemgmt.province"),
                withdrawn,
                "第" + (round + 1) + "轮撤回");
        nodes.awaitQueued("document", withdrawn, 2);
        nodes.internal(Transfers.class).exportNow(false);
        nodes.internal(Transfers.class).exportNow(true);
        importer.crashPoint =
            i -> {
              if (random.nextInt(4) == 0) {
                throw new IllegalStateException("killed at record " + i);
              }
            };
        for (int attempt = 0; attempt < 500; attempt++) {
          try {
            var run = nodes.publicNode(Transfers.class).importNow();
            if (run.waitingFor() == null) {
              break;
            }
          } catch (IllegalStateException e) {
            kills++;
          }
        }
        importer.crashPoint = i -> {};
        nodes.publicNode(Transfers.class).importNow();
      }
    } finally {
      importer.crashPoint = i -> {};
    }
    assertThat(kills).isGreaterThan(3);
    List<Long> ids = nodes.internal(DocumentReplicas.class).internetDocumentIds();
    assertThat(nodes.publicNode(DocumentReplicas.class).internetDocumentIds()).isEqualTo(ids);
    for (long id : ids) {
      assertThat(nodes.publicNode(DocumentReplicas.class).export(id))
          .as("document " + id)
          .isEqualTo(nodes.internal(DocumentReplicas.class).export(id));
    }
    for (long id : nodes.internal(ReleaseReplicas.class).publicReleaseIds()) {
      assertThat(nodes.publicNode(ReleaseReplicas.class).export(id))
          .isEqualTo(nodes.internal(ReleaseReplicas.class).export(id));
    }
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> nodes.publicSearchInStep());
  }
}
