/**
 * Transfer (ADR 10, 11): an internal and a public node joined by signed one-way packages. The
 * internal node packs what changed in the published state (directory, documents, releases) into a
 * package — JSON Lines, a manifest with every file's SHA-256 and a sequence number, signed with
 * Ed25519 — and any carrier moves it; the public node verifies it whole, applies it record by
 * record in sequence (resuming after a crash, idempotent), and sends back an acknowledgement the
 * same way. Console {@code /console/transfer}, command line {@code ./sunshine transfer-*}, health
 * component {@code transfer} (DOWN when the peer has been silent too long).
 */
@ApplicationModule(
    displayName = "Transfer",
    allowedDependencies = {
      "access",
      "archives",
      "audit",
      "hearings",
      "infrastructure",
      "organisation",
      "petitions",
      "publication",
      "surveys",
      "texts"
    })
package org.sunshine.platform.transfer;

import org.springframework.modulith.ApplicationModule;
