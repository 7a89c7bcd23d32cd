package org.sunshine.platform.hearings;

/**
 * A public hearing was announced, cancelled or held with its outcome, or its observers changed (the
 * transfer carries its public state to a split deployment's public node).
 */
public record HearingChanged(long hearingId) {}
