package org.sunshine.platform.releases;

/** Where a release stands. */
enum ReleaseStatus {
  DRAFT,
  IN_APPROVAL,
  /** Every approval is in; the press office (or 案管) publishes. */
  APPROVED,
  PUBLISHED,
  WITHDRAWN
}
