package org.sunshine.platform.petitions;

/**
 * A seat of a reception day published here was taken, or asked for from outside and answered
 * (internal node): the day's seats go out again, and for a booking that came from outside ({@code
 * filedOutside}) its answer goes back. A separate event from {@link ReceptionBooked}, whose stored
 * publications from before V63 must still be read.
 */
public record ReceptionSeatsChanged(long dayId, long bookingId, boolean filedOutside) {}
