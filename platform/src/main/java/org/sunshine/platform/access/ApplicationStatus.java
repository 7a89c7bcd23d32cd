package org.sunshine.platform.access;

/** Where an access application stands. */
enum ApplicationStatus {
  SUBMITTED,
  /** Verified at the applicant's home county (第九条), waiting for the handling unit. */
  FORWARDED,
  MORE_INFO_REQUESTED,
  APPROVED,
  REJECTED
}
