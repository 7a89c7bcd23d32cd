package org.sunshine.platform.access;

import java.time.Instant;

/**
 * Looks at a party's record, as the person concerned sees them: who (the applicant, the kiosk, or a
 * staff member of a unit), how, and on one day; repeated looks by the same viewer through the same
 * channel that day are one record with their number and the latest time.
 *
 * @param viewer what kind of viewer looked
 * @param unit the staff member's unit, null for the applicant and the kiosk
 * @param who the staff member's name, null for the applicant and the kiosk (and unknown staff)
 * @param channel the {@code Channel} name
 * @param times how many looks this record stands for
 */
record AccessRecord(Instant at, Viewer viewer, String unit, String who, String channel, int times) {

  /** Who looked, as the page words it. */
  enum Viewer {
    APPLICANT,
    KIOSK,
    STAFF
  }
}
