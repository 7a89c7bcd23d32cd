package org.sunshine.platform.publication;

/** A release was withdrawn; its page keeps the notice and the reason. */
public record ReleaseWithdrawn(long releaseId, long unitId, String reason) {}
