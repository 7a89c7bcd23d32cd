package org.sunshine.platform.security;

import java.time.Instant;

/** A kiosk as the console lists it (never its secret, which is shown once when issued). */
record KioskDevice(
    long id,
    long unitId,
    String name,
    String issuedBy,
    Instant issuedAt,
    Instant lastSeenAt,
    Instant revokedAt,
    String revokedBy) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
