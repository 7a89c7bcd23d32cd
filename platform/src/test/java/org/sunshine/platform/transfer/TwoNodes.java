package org.sunshine.platform.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.SunshineApplication;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.search.SearchProbe;

/**
 * An internal and a public node, each a whole application with its own embedded PostgreSQL, search
 * index and data folder, joined by two folders the way a shared folder or a diode would join them.
 * The internal node has the demo data; the public node starts empty. Packages move only when a test
 * says so (the schedule is off).
 */
public final class TwoNodes implements AutoCloseable {

  final Path root;
  final Path toPublic;
  final Path toInternal;
  final Path keys;
  final ConfigurableApplicationContext internal;
  final ConfigurableApplicationContext publicNode;

  private TwoNodes(Path root) throws IOException {
    this.root = root;
    this.toPublic = Files.createDirectories(root.resolve("to-public"));
    this.toInternal = Files.createDirectories(root.resolve("to-internal"));
    this.keys = root.resolve("keys");
    TransferKeys.write(TransferKeys.generate(), keys, "internal");
    TransferKeys.write(TransferKeys.generate(), keys, "public");
    this.internal =
        start(
            "internal",
            toPublic,
            toInternal,
            "--sunshine.transfer.zip=true",
            "--sunshine.transfer.max-records=10");
    this.publicNode =
        start(
            "public",
            toInternal,
            toPublic,
            "--sunshine.demo.enabled=false",
            "--sunshine.transfer.alert-after=PT4S");
  }

  /**
   * One pair for all transfer tests (two application starts are the expensive part), kept in
   * JUnit's root store, which closes it when the whole run ends.
   */
  static TwoNodes shared(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .computeIfAbsent(
            TwoNodes.class,
            k -> {
              try {
                return new TwoNodes(Files.createTempDirectory("sunshine-pair-"));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            TwoNodes.class);
  }

  private ConfigurableApplicationContext start(
      String role, Path outbox, Path inbox, String... extra) {
    String peer = role.equals("internal") ? "public" : "internal";
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--sunshine.data-dir=" + root.resolve(role),
                "--sunshine.node.role=" + role,
                "--sunshine.transfer.outbox=" + outbox,
                "--sunshine.transfer.inbox=" + inbox,
                "--sunshine.transfer.signing-key=" + keys.resolve(role + ".key"),
                "--sunshine.transfer.trusted-keys=" + keys.resolve(peer + ".pub"),
                "--sunshine.transfer.scheduled=false"));
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(SunshineApplication.class)
        .profiles("test")
        .run(args.toArray(String[]::new));
  }

  public <T> T internal(Class<T> type) {
    return internal.getBean(type);
  }

  public <T> T publicNode(Class<T> type) {
    return publicNode.getBean(type);
  }

  public JdbcClient internalDb() {
    return internal(JdbcClient.class);
  }

  public JdbcClient publicDb() {
    return publicNode(JdbcClient.class);
  }

  public int publicPort() {
    return Integer.parseInt(publicNode.getEnvironment().getProperty("local.server.port"));
  }

  public int internalPort() {
    return Integer.parseInt(internal.getEnvironment().getProperty("local.server.port"));
  }

  /**
   * Packs on the internal node and applies on the public node; returns the sequence written (0 when
   * nothing had changed).
   */
  public long moveToPublic(boolean everything) {
    long sequence = internal(Transfers.class).exportNow(everything).orElse(0L);
    publicNode(Transfers.class).importNow();
    return sequence;
  }

  /** The public node's acknowledgements travel back and are applied on the internal node. */
  /** Packs what the public node has for the internal node (applications) and applies it there. */
  public void moveToInternal() {
    publicNode(Transfers.class).exportNow(false);
    internal(Transfers.class).importNow();
  }

  public void moveAcknowledgements() {
    publicNode(Transfers.class).exportNow(false);
    internal(Transfers.class).importNow();
  }

  /** Publishes a new indictment on the internal node through the whole chain. */
  long publishOnInternal() throws IOException {
    DocumentFixtures fx = internal(DocumentFixtures.class);
    long id = fx.anIndictment(fx.aCase(true, false));
    fx.submitAndApprove(id, "depthead", "deputy", "casemgmt");
    awaitQueued("document", id);
    return id;
  }

  /** How often an item was noted in the internal node's outbox. */
  public int queued(String kind, long id) {
    return internalDb()
        .sql("select count(*) from transfer_outbox where kind = ? and ref_id = ?")
        .params(kind, id)
        .query(Integer.class)
        .single();
  }

  public void awaitQueued(String kind, long id) {
    awaitQueued(kind, id, 1);
  }

  /** Waits until the internal node's outbox has the item's changes (listeners run after commit). */
  public void awaitQueued(String kind, long id, int times) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> queued(kind, id) >= times);
  }

  /** Whether the public node's search index holds exactly what its database publishes. */
  boolean publicSearchInStep() {
    return SearchProbe.inStep(publicNode);
  }

  /** Whether the public node's search lists the document (newest first, its unit's results). */
  boolean inPublicSearch(long documentId, long unitId) {
    for (int page = 0; page < 5; page++) {
      if (SearchProbe.documentUrls(publicNode, unitId, page).stream()
          .anyMatch(url -> url.endsWith("/documents/" + documentId))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    publicNode.close();
    internal.close();
    PackageArchive.delete(root);
  }
}
