package org.sunshine.platform.hearings;

/**
 * An open day was published, cancelled or held, or its seats taken changed (the transfer carries
 * its public state to a split deployment's public node).
 */
public record OpenDayChanged(long openDayId) {}
