package org.sunshine.platform.infrastructure;

import java.util.List;

/**
 * What this node is (setting {@code sunshine.node.role}, ADR 11). One build serves all three: a
 * {@code combined} node does everything in one process; an {@code internal} node does the staff's
 * work on the internal network; a {@code public} node serves the public on the internet from
 * published data and the replicas its grants need — staff pages, kiosks and imports are not there.
 */
public enum NodeRole {
  COMBINED(List.of()),
  INTERNAL(List.of()),
  PUBLIC(
      List.of(
          "/console",
          "/login",
          "/mfa",
          "/password",
          "/recovery-codes",
          "/activate",
          "/api/import",
          "/api/console",
          "/kiosk"));

  private final List<String> notServed;

  NodeRole(List<String> notServed) {
    this.notServed = notServed;
  }

  /** Whether a request path belongs to this role (a public node answers 404 for staff paths). */
  public boolean serves(String path) {
    return notServed.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }

  public boolean sendsPublishedData() {
    return this == INTERNAL;
  }

  public boolean receivesPublishedData() {
    return this == PUBLIC;
  }

  public boolean split() {
    return this != COMBINED;
  }
}
