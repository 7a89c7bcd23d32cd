package org.sunshine.platform.petitions;

/** A person booked a reception slot (on a public node the transfer carries it inside). */
public record ReceptionBooked(long bookingId) {}
