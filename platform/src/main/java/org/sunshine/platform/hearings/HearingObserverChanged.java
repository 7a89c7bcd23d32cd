package org.sunshine.platform.hearings;

/**
 * Someone applied to observe a hearing, or the application was answered. {@code filedOutside}: it
 * came from a split deployment's public node, so its answer goes back there.
 */
public record HearingObserverChanged(long observerId, long hearingId, boolean filedOutside) {}
