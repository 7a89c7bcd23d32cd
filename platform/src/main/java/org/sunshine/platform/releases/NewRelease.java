package org.sunshine.platform.releases;

/**
 * Drafting a release.
 *
 * @param caseNumber the case it is about (optional)
 */
public record NewRelease(
    String category, String title, String body, String caseNumber, Escalation escalation) {}
