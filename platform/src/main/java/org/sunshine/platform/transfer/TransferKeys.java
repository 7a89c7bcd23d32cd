package org.sunshine.platform.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys for packages (the JDK's own implementation, no extra library). The private key stays
 * on the sending node (file readable by its owner only); the public key is copied to the receiving
 * node. Rotation: generate a new pair, install the new public key beside the old one on the
 * receiver, then switch the sender.
 */
final class TransferKeys {

  private TransferKeys() {}

  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is not available in this JVM", e);
    }
  }

  /** Writes {@code name.key} (private, owner-only) and {@code name.pub} into the directory. */
  public static void write(KeyPair pair, Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    Path key = dir.resolve(name + ".key");
    Files.writeString(key, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
    // On a POSIX file system the private key is the owner's alone; elsewhere (Windows) the
    // directory's ACL governs it.
    PosixFileAttributeView view = Files.getFileAttributeView(key, PosixFileAttributeView.class);
    if (view != null) {
      view.setPermissions(PosixFilePermissions.fromString("rw-------"));
    }
    Files.writeString(
        dir.resolve(name + ".pub"),
        Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
  }

  public static PrivateKey readPrivate(Path file) throws IOException {
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePrivate(new PKCS8EncodedKeySpec(decode(file)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 private key: " + file, e);
    }
  }

  public static PublicKey readPublic(Path file) throws IOException {
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(decode(file)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key: " + file, e);
    }
  }

  static byte[] sign(PrivateKey key, byte[] data) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(key);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean verify(PublicKey key, byte[] data, byte[] signature) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update(data);
      return s.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static byte[] decode(Path file) throws IOException {
    return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
  }
}
