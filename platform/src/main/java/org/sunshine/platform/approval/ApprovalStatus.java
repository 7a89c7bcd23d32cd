package org.sunshine.platform.approval;

/** Where an approval stands. */
public enum ApprovalStatus {
  PENDING,
  APPROVED,
  RETURNED,
  CANCELLED
}
