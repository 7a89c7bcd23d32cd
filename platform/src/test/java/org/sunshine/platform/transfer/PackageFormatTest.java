package org.sunshine.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sunshine.platform.transfer.PackageRejected.Reason;

class PackageFormatTest {

  @TempDir Path outbox;
  private final KeyPair internal = TransferKeys.generate();
  private final List<String> records =
      List.of(
          "{\"kind\":\"DocumentPublished\",\"id\":1}", "{\"kind\":\"DocumentWithdrawn\",\"id\":2}");

  private Path write(long sequence) throws Exception {
    return PackageWriter.write(
        outbox,
        sequence,
        "internal",
        records,
        Map.of("documents/1.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)),
        internal.getPrivate());
  }

  private Reason rejection(Path dir, long lastApplied) {
    try {
      PackageReader.read(dir, List.of(internal.getPublic()), lastApplied);
      throw new AssertionError("accepted");
    } catch (PackageRejected e) {
      return e.reason();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aSignedPackageIsReadBackExactly() throws Exception {
    TransferPackage p = PackageReader.read(write(1), List.of(internal.getPublic()), 0);
    assertThat(p.sequence()).isEqualTo(1);
    assertThat(p.records()).isEqualTo(records);
    assertThat(new String(p.attachments().get("documents/1.pdf"), StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-1.7");
  }

  @Test
  void aPackageSignedByAnotherKeyIsRefused() throws Exception {
    Path dir = write(1);
    KeyPair stranger = TransferKeys.generate();
    assertThatThrownBy(() -> PackageReader.read(dir, List.of(stranger.getPublic()), 0))
        .isInstanceOfSatisfying(
            PackageRejected.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
  }

  @Test
  void aChangedATruncatedAMissingOrAnAddedFileIsRefused() throws Exception {
    Path changed = write(1);
    Files.writeString(
        changed.resolve("records.jsonl"), "{\"kind\":\"DocumentPublished\",\"id\":9}");
    assertThat(rejection(changed, 0)).isEqualTo(Reason.CHANGED_FILE);

    Path truncated = write(2);
    byte[] bytes = Files.readAllBytes(truncated.resolve("records.jsonl"));
    Files.write(truncated.resolve("records.jsonl"), Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(rejection(truncated, 1)).isEqualTo(Reason.CHANGED_FILE);

    Path missing = write(3);
    Files.delete(missing.resolve("files/documents/1.pdf"));
    assertThat(rejection(missing, 2)).isEqualTo(Reason.MISSING_FILE);

    Path added = write(4);
    Files.writeString(added.resolve("files/extra.txt"), "smuggled");
    assertThat(rejection(added, 3)).isEqualTo(Reason.UNLISTED_FILE);
  }

  @Test
  void anEditedManifestNoLongerMatchesItsSignature() throws Exception {
    Path dir = write(1);
    String manifest = Files.readString(dir.resolve("manifest.json"));
    Files.writeString(
        dir.resolve("manifest.json"), manifest.replace("\"records\" : 2", "\"records\" : 3"));
    assertThat(rejection(dir, 0)).isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void packagesApplyStrictlyInSequenceAndAnOldOneIsAReplay() throws Exception {
    Path first = write(1);
    Path third = write(3);
    assertThat(rejection(third, 1)).isEqualTo(Reason.SEQUENCE_GAP);
    assertThat(rejection(first, 1)).isEqualTo(Reason.REPLAY);
  }

  @Test
  void keysRotateTheNewKeyIsTrustedBesideTheOld() throws Exception {
    Path dir = write(1);
    KeyPair next = TransferKeys.generate();
    TransferKeys.write(next, outbox.resolve("keys"), "next");
    var trusted =
        List.of(TransferKeys.readPublic(outbox.resolve("keys/next.pub")), internal.getPublic());
    assertThat(PackageReader.read(dir, trusted, 0).records()).hasSize(2);
    assertThat(TransferKeys.readPrivate(outbox.resolve("keys/next.key")).getAlgorithm())
        .isIn("Ed25519", "EdDSA");
  }

  @Test
  void theCommandLineGeneratesKeysAndChecksAPackageWithClearExitStatuses() throws Exception {
    Path keys = outbox.resolve("cli-keys");
    assertThat(TransferTool.run(new String[] {"transfer-keys", keys.toString(), "node"})).isZero();
    Path dir =
        PackageWriter.write(
            outbox.resolve("out"),
            1,
            "internal",
            records,
            Map.of(),
            TransferKeys.readPrivate(keys.resolve("node.key")));
    String pub = keys.resolve("node.pub").toString();
    assertThat(TransferTool.run(new String[] {"verify-package", dir.toString(), pub, "0"}))
        .isZero();
    assertThat(TransferTool.run(new String[] {"verify-package", dir.toString(), pub, "1"}))
        .isEqualTo(1);
    assertThat(TransferTool.run(new String[] {"verify-package"})).isEqualTo(2);
  }

  @Test
  void aManifestlessDirectoryIsNotAPackage() throws Exception {
    Path dir = Files.createDirectories(outbox.resolve("not-a-package"));
    assertThat(rejection(dir, 0)).isEqualTo(Reason.MISSING_MANIFEST);
  }
}
