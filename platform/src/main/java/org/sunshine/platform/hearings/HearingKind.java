package org.sunshine.platform.hearings;

/** 公开审查, 公开听证, 公开答复 and 检察宣告: the four ways a case is handled in the open. */
public enum HearingKind {
  REVIEW,
  HEARING,
  REPLY,
  ANNOUNCEMENT
}
