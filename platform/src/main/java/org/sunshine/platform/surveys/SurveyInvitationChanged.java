package org.sunshine.platform.surveys;

/**
 * An invitation was sent, answered or opted out of (internal node): on a split deployment its
 * ballot goes to the public node, where the SMS's link opens the form.
 */
public record SurveyInvitationChanged(long invitationId) {}
