package org.sunshine.platform.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keys the platform holds outside the database (ADR 27), for what must not be readable from a copy
 * of the database alone: keyed hashes (HMAC-SHA256) of values too few to hash plainly, such as ID
 * numbers beside their last four digits, and encryption at rest (AES-256-GCM) of secrets such as
 * TOTP seeds. Every stored value names its key ({@code id:…}), so values keyed before a rotation
 * stay readable and {@code ./sunshine rotate-keys} can move them to the new keys.
 */
@Component
public class Keys {

  private static final Logger log = LoggerFactory.getLogger(Keys.class);
  private static final Pattern PREFIXED = Pattern.compile("[a-z0-9]{2,20}(\\.[a-z0-9]{2,20})*:.+");
  private static final Pattern PLAIN_HASH = Pattern.compile("[0-9a-f]{64}");
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private volatile KeyRing ring;

  Keys(@Value("${sunshine.keys.file:}") String file, SunshineProperties properties) {
    this.file =
        (file == null || file.isBlank()
                ? properties.dataDir().resolve("secrets/keys")
                : Path.of(file))
            .toAbsolutePath();
    try {
      this.ring = KeyRing.loadOrCreate(this.file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the key file " + this.file, e);
    }
  }

  /**
   * The keyed hash of a plain hash (so values stored before keys existed can be keyed without
   * knowing what they hash): {@code <key id>:<hex HMAC-SHA256>}.
   */
  public String keyedHash(String plainHash) {
    KeyRing r = ring;
    return r.hmacId() + ":" + hmac(r.hmac().get(r.hmacId()), plainHash);
  }

  /**
   * Whether a stored hash is that of this plain hash: a value without key id is a plain hash from
   * before keys existed; {@code a.b:…} was keyed under a and then re-keyed under b by a rotation.
   */
  public boolean matches(String stored, String plainHash) {
    if (stored == null || plainHash == null) {
      return false;
    }
    String expected = plainHash;
    String value = stored.strip();
    if (PREFIXED.matcher(value).matches()) {
      int colon = value.indexOf(':');
      for (String id : value.substring(0, colon).split("\\.")) {
        byte[] key = hmacKey(id);
        if (key == null) {
          log.warn("A stored hash names the key {}, which is not in {} (ADR 27)", id, file);
          return false;
        }
        expected = hmac(key, expected);
      }
      value = value.substring(colon + 1);
    }
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII));
  }

  /** The stored hash under the current key as well (unchanged when it already is). */
  public String rekeyedHash(String stored) {
    KeyRing r = ring;
    String value = stored.strip();
    String ids = "";
    if (PREFIXED.matcher(value).matches()) {
      int colon = value.indexOf(':');
      ids = value.substring(0, colon);
      value = value.substring(colon + 1);
      if (ids.equals(r.hmacId()) || ids.endsWith("." + r.hmacId())) {
        return stored;
      }
      for (String id : ids.split("\\.")) {
        if (!r.hmac().containsKey(id)) {
          // A wrong or missing key file: keying on top would bury the value under a key that
          // leaves with the wrong file. Refuse, and leave every stored value as it is.
          throw new IllegalStateException(
              "a stored hash names the key " + id + ", which is not in " + file + " (ADR 27)");
        }
      }
      ids += ".";
    } else if (!PLAIN_HASH.matcher(value).matches()) {
      throw new IllegalArgumentException("not a stored hash");
    }
    return ids + r.hmacId() + ":" + hmac(r.hmac().get(r.hmacId()), value);
  }

  /**
   * Encrypts under the current key: {@code <key id>:<base64 of IV, ciphertext and tag>}. The
   * context (the row it belongs to) is authenticated with it, so a value copied to another row
   * fails.
   */
  public String encrypt(String plaintext, String context) {
    KeyRing r = ring;
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, r.aes().get(r.aesId()), iv, context);
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return r.aesId() + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  /** The plaintext; a value without key id is from before encryption and returned as it is. */
  public String decrypt(String stored, String context) {
    if (stored == null || !PREFIXED.matcher(stored).matches()) {
      return stored;
    }
    int colon = stored.indexOf(':');
    String id = stored.substring(0, colon);
    byte[] key = aesKey(id);
    if (key == null) {
      throw new IllegalStateException("the key " + id + " is not in " + file + " (ADR 27)");
    }
    byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
    try {
      byte[] iv = Arrays.copyOf(in, IV_BYTES);
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, iv, context);
      byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a value encrypted under " + id + " does not open", e);
    }
  }

  /** The stored value encrypted under the current key (unchanged when it already is). */
  public String reencrypted(String stored, String context) {
    if (stored == null || stored.startsWith(ring.aesId() + ":")) {
      return stored;
    }
    return encrypt(decrypt(stored, context), context);
  }

  /** A new current key of each kind; the old ones stay to read what they keyed. */
  synchronized void rotate() throws IOException {
    ring = KeyRing.rotate(file);
    log.info(
        "New current keys {} (hash) and {} (encryption) in {}", ring.hmacId(), ring.aesId(), file);
  }

  /** The current key of keyed hashes: a value is under it when its key list ends with it. */
  public String currentHashKey() {
    return ring.hmacId();
  }

  /** The current encryption key: a value is under it when it starts with {@code <id>:}. */
  public String currentEncryptionKey() {
    return ring.aesId();
  }

  private byte[] hmacKey(String id) {
    byte[] key = ring.hmac().get(id);
    return key != null ? key : reloaded().hmac().get(id);
  }

  private byte[] aesKey(String id) {
    byte[] key = ring.aes().get(id);
    return key != null ? key : reloaded().aes().get(id);
  }

  /** Another instance (or the rotation command) may have added keys since this one started. */
  private synchronized KeyRing reloaded() {
    try {
      ring = KeyRing.loadOrCreate(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ring;
  }

  private static String hmac(byte[] key, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Cipher cipher(int mode, byte[] key, byte[] iv, String context)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }
}
