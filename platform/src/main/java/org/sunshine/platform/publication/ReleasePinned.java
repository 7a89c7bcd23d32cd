package org.sunshine.platform.publication;

/** A published release was pinned or unpinned (a public node's order follows). */
public record ReleasePinned(long releaseId, long unitId, int level) {}
