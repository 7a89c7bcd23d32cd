package org.sunshine.platform.access;

import java.time.Instant;

/**
 * One look at a party's record, as the person concerned sees it: who (a role and unit, or the
 * applicant), when, how.
 */
record AccessRecord(Instant at, String who, String channel) {}
