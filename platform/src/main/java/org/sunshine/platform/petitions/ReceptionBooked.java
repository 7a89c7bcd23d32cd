package org.sunshine.platform.petitions;

/**
 * A reception slot was booked, or asked for. On a public node the transfer carries the booking
 * inside; on the internal node the day's seats go out again, and for a booking that came from
 * outside ({@code filedOutside}) its answer goes back.
 */
public record ReceptionBooked(long bookingId, long dayId, boolean filedOutside) {}
