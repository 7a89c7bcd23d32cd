package org.sunshine.platform.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/** Hashes of codes and ID numbers (never stored in clear) and random codes. */
final class Hashes {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** No 0/O, 1/I/L: a code read from a slip or over the phone should not be misread. */
  private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private Hashes() {}

  static String sha256(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String idNumber(String id) {
    return sha256("id", id.strip().toUpperCase(Locale.ROOT));
  }

  static String queryCode(String code) {
    return sha256("query-code", code.strip().toUpperCase(Locale.ROOT).replace("-", ""));
  }

  static String digits(int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(RANDOM.nextInt(10));
    }
    return s.toString();
  }

  static String queryCode() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      s.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return s.toString();
  }

  static boolean equal(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
