package org.sunshine.platform.access;

/**
 * 案管 answered an application in a way the applicant must hear of (rejected, more materials asked,
 * approved). Within the module: the applicant is told by SMS once the decision commits, never for a
 * decision that rolled back.
 */
record ApplicationAnswered(long applicantId, ApplicationStatus status) {}
