package org.sunshine.platform.cases;

/**
 * Why a record is not disclosed: the law withholds it, or its data are too incomplete to disclose
 * safely.
 */
public enum ScreeningOutcome {
  WITHHELD_BY_LAW,
  BLOCKED_INCOMPLETE
}
