package org.sunshine.platform.access;

/** 案管 decided an application, or revoked its grant (the decision travels back to the applicant). */
public record AccessApplicationDecided(long applicationId) {}
