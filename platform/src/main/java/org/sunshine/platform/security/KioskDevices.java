package org.sunshine.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;

/**
 * The service halls' kiosks (ADR 27). An administrator issues a device credential for a named kiosk
 * of a unit in their scope; its secret is shown once and kept only as a hash. The kiosk presents it
 * once at {@code /kiosk/enrol} and from then on carries it in a long-lived cookie, by which it is
 * recognised wherever it stands (behind a proxy every client has the proxy's address, so an address
 * proves nothing). Revoking the credential ends the kiosk's access at its next request.
 */
@Service
public class KioskDevices {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_NAME = 100;

  private final KioskDeviceRows rows;
  private final Directory directory;
  private final AuditLog audit;
  private final Clock clock;

  KioskDevices(KioskDeviceRows rows, Directory directory, AuditLog audit, Clock clock) {
    this.rows = rows;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  /** A new kiosk of a unit in the administrator's scope; returns the secret, shown only now. */
  @Transactional
  String issue(StaffIdentity administrator, long unitId, String name) {
    requireAdministrator(administrator);
    if (!directory.unitsVisibleTo(administrator).contains(unitId)) {
      throw new AccessDeniedException("unit " + unitId + " is outside the data scope");
    }
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
      throw BadInput.at("name", "security.kiosk-devices.name.required");
    }
    String secret = newSecret();
    long id = rows.insert(unitId, trimmed, hash(secret), administrator.username(), clock.instant());
    audit.record(
        administrator.username(),
        administrator.unitId(),
        "ISSUE_KIOSK_CREDENTIAL",
        "KioskDevice",
        Long.toString(id),
        trimmed,
        Channel.CONSOLE);
    return secret;
  }

  /**
   * The demo's kiosk, with a secret everyone who reads the demo's banner knows: demo data only,
   * never on a real platform. Issued once; a second call changes nothing.
   */
  @Transactional
  public void issueForDemo(long unitId, String name, String secret) {
    if (rows.activeBySecretHash(hash(secret)).isEmpty()) {
      rows.insert(unitId, name, hash(secret), "demo", clock.instant());
    }
  }

  @Transactional(readOnly = true)
  List<KioskDevice> visibleTo(StaffIdentity administrator) {
    requireAdministrator(administrator);
    return rows.inUnits(directory.unitsVisibleTo(administrator));
  }

  @Transactional
  void revoke(StaffIdentity administrator, long id) {
    requireAdministrator(administrator);
    KioskDevice device =
        rows.byId(id)
            .filter(d -> directory.unitsVisibleTo(administrator).contains(d.unitId()))
            .orElseThrow(() -> new NoSuchElementException("kiosk " + id));
    if (rows.revoke(device.id(), administrator.username(), clock.instant())) {
      audit.record(
          administrator.username(),
          administrator.unitId(),
          "REVOKE_KIOSK_CREDENTIAL",
          "KioskDevice",
          Long.toString(id),
          device.name(),
          Channel.CONSOLE);
    }
  }

  /** The kiosk a presented secret belongs to, if it is issued and not revoked. */
  @Transactional
  Optional<KioskDevice> recognise(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 200) {
      return Optional.empty();
    }
    Optional<KioskDevice> device = rows.activeBySecretHash(hash(secret.strip()));
    device.ifPresent(d -> rows.seen(d.id(), clock.instant()));
    return device;
  }

  private static void requireAdministrator(StaffIdentity staff) {
    if (!staff.hasRole(Role.ADMINISTRATOR)) {
      throw new AccessDeniedException("kiosk credentials are issued by administrators");
    }
  }

  /** 256 random bits, URL-safe: nothing to guess, so a plain SHA-256 of it is safe to keep. */
  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
