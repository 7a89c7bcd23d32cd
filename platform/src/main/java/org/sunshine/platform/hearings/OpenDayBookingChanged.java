package org.sunshine.platform.hearings;

/**
 * A booking of an open day was made, answered or cancelled. {@code filedOutside}: it came from a
 * split deployment's public node, so its answer goes back there.
 */
public record OpenDayBookingChanged(long bookingId, long openDayId, boolean filedOutside) {}
