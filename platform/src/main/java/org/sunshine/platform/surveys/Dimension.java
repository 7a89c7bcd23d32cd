package org.sunshine.platform.surveys;

/** The four things a respondent rates (seed 003), in the order a reply gives them. */
enum Dimension {
  /** 执法程序 */
  PROCEDURE,
  /** 执法能力 */
  ABILITY,
  /** 执法文明 */
  CIVILITY,
  /** 廉洁执法 */
  INTEGRITY
}
