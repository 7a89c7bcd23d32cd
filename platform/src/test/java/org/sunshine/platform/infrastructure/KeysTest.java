package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key file and what is kept with its keys (ADR 27), without a database. */
class KeysTest {

  private static final String PLAIN = "a".repeat(64);

  @TempDir Path dir;

  private Keys keys() {
    return new Keys(
        "", new SunshineProperties(dir, new SunshineProperties.EmbeddedDb(true, 0, false)));
  }

  @Test
  void theKeyFileIsCreatedOnFirstStartReadableByItsOwnerOnly() throws Exception {
    Keys first = keys();
    Path file = dir.resolve("secrets/keys");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(keys().keyedHash(PLAIN))
        .as("the same keys at the next start")
        .isEqualTo(first.keyedHash(PLAIN));
  }

  @Test
  void twoProcessesCreatingTheKeyFileAtOnceGetTheSameKeys() throws Exception {
    for (int round = 0; round < 20; round++) {
      Path shared = dir.resolve("round-" + round);
      SunshineProperties properties =
          new SunshineProperties(shared, new SunshineProperties.EmbeddedDb(true, 0, false));
      CompletableFuture<Keys> first = CompletableFuture.supplyAsync(() -> new Keys("", properties));
      CompletableFuture<Keys> second =
          CompletableFuture.supplyAsync(() -> new Keys("", properties));
      assertThat(first.get().keyedHash(PLAIN)).isEqualTo(second.get().keyedHash(PLAIN));
      try (var files = Files.list(shared.resolve("secrets"))) {
        assertThat(files.map(f -> f.getFileName().toString())).containsExactly("keys");
      }
    }
  }

  @Test
  void aKeyedHashNeedsTheKeyAndStillMatchesAfterRotations() throws Exception {
    Keys keys = keys();
    String keyed = keys.keyedHash(PLAIN);
    assertThat(keyed).matches("h[0-9a-f]{8}:[0-9a-f]{64}").doesNotContain(PLAIN);
    assertThat(keys.matches(keyed, PLAIN)).isTrue();
    assertThat(keys.matches(keyed, "b".repeat(64))).isFalse();
    assertThat(keys.matches(PLAIN, PLAIN)).as("a plain hash from before keys").isTrue();

    keys.rotate();
    String once = keys.rekeyedHash(keyed);
    String legacy = keys.rekeyedHash(PLAIN);
    keys.rotate();
    String twice = keys.rekeyedHash(once);
    assertThat(twice).matches("h[0-9a-f]{8}\\.h[0-9a-f]{8}\\.h[0-9a-f]{8}:[0-9a-f]{64}");
    assertThat(keys.rekeyedHash(twice)).as("already under the current key").isEqualTo(twice);
    assertThat(keys.matches(twice, PLAIN)).isTrue();
    assertThat(keys.matches(legacy, PLAIN)).isTrue();
    assertThat(keys.matches(twice, "b".repeat(64))).isFalse();
    assertThat(keys().matches(twice, PLAIN)).as("after a restart").isTrue();

    Keys elsewhere =
        new Keys(
            "",
            new SunshineProperties(
                dir.resolve("other"), new SunshineProperties.EmbeddedDb(true, 0, false)));
    assertThat(elsewhere.matches(twice, PLAIN)).as("without the key file").isFalse();
  }

  @Test
  void anEncryptedValueOpensOnlyWithItsKeyAndInItsOwnRow() throws Exception {
    Keys keys = keys();
    String sealed = keys.encrypt("JBSWY3DPEHPK3PXP", "row:1");
    assertThat(sealed).matches("e[0-9a-f]{8}:.+").doesNotContain("JBSWY3DPEHPK3PXP");
    assertThat(keys.encrypt("JBSWY3DPEHPK3PXP", "row:1"))
        .as("a fresh IV each time")
        .isNotEqualTo(sealed);
    assertThat(keys.decrypt(sealed, "row:1")).isEqualTo("JBSWY3DPEHPK3PXP");
    assertThatThrownBy(() -> keys.decrypt(sealed, "row:2"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(keys.decrypt("JBSWY3DPEHPK3PXP", "row:1"))
        .as("stored before encryption")
        .isEqualTo("JBSWY3DPEHPK3PXP");

    keys.rotate();
    String moved = keys.reencrypted(sealed, "row:1");
    assertThat(moved.substring(0, 9)).isNotEqualTo(sealed.substring(0, 9));
    assertThat(keys.reencrypted(moved, "row:1")).isEqualTo(moved);
    assertThat(keys.decrypt(moved, "row:1")).isEqualTo("JBSWY3DPEHPK3PXP");
    assertThat(keys.decrypt(sealed, "row:1"))
        .as("the old key stays to read")
        .isEqualTo("JBSWY3DPEHPK3PXP");
  }

  @Test
  void aHashUnderAKeyMissingFromTheFileIsRefusedNotKeyedOnTop() throws Exception {
    String keyed = keys().keyedHash(PLAIN);
    // The key file is lost (a restore without secrets/, a wrong setting): a new one is made.
    Files.delete(dir.resolve("secrets/keys"));
    Keys fresh = keys();
    assertThatThrownBy(() -> fresh.rekeyedHash(keyed))
        .as("keying on top would bury the value under the new file's key")
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not in");
    assertThat(fresh.matches(keyed, PLAIN)).isFalse();
  }
}
