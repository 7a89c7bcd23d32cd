package org.sunshine.platform.organisation;

/** Which units' data a staff member may see and act on. */
public enum DataScope {
  OWN_UNIT,
  UNIT_AND_SUBORDINATES
}
