package org.sunshine.platform.petitions;

/** 控申 published a leader's reception day (the transfer carries it to the public node). */
public record ReceptionDayPublished(long dayId) {}
