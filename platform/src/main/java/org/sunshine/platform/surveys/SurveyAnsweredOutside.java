package org.sunshine.platform.surveys;

/**
 * A survey was answered on the public node's form: the answer goes inside, where the invitation is,
 * by the invitation's id there.
 */
public record SurveyAnsweredOutside(long invitationOriginId) {}
