package org.sunshine.platform.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import org.sunshine.platform.texts.Texts;

/**
 * RFC 6238 codes (SHA-1, 6 digits, 30 s, what every authenticator app speaks) through the totp
 * library. We check the steps ourselves so we learn which step matched and can refuse a replayed
 * code.
 */
@Component
class Totp {

  static final int PERIOD_SECONDS = 30;
  private static final String ISSUER = Texts.text("security.totp.issuer");

  private final Clock clock;
  private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

  Totp(Clock clock) {
    this.clock = clock;
  }

  String newSecret() {
    return new DefaultSecretGenerator(32).generate();
  }

  String qrDataUri(String secret, String username) {
    QrData data =
        new QrData.Builder()
            .label(username)
            .secret(secret)
            .issuer(ISSUER)
            .algorithm(HashingAlgorithm.SHA1)
            .digits(6)
            .period(PERIOD_SECONDS)
            .build();
    try {
      ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
      qr.setImageSize(220);
      return Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType());
    } catch (QrGenerationException e) {
      throw new IllegalStateException("cannot draw the enrolment QR code", e);
    }
  }

  /**
   * The time step the code belongs to (current step ± 1 for clock drift), if it is valid at all.
   */
  OptionalLong matchingStep(String secret, String code) {
    if (code == null || !code.matches("\\d{6}")) {
      return OptionalLong.empty();
    }
    long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
    for (long step = now - 1; step <= now + 1; step++) {
      if (constantTimeEquals(codeAt(secret, step), code)) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  String codeAt(String secret, long step) {
    try {
      return generator.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("cannot compute a TOTP code", e);
    }
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
