package org.sunshine.platform.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * What the audit viewer asks for; a null or blank field does not filter.
 *
 * @param actor the login name (or applicant reference) exactly
 * @param action an action name exactly, e.g. VIEW_CASE
 * @param subjectType a subject type exactly, e.g. CaseParty
 * @param subjectId a subject's id exactly
 * @param from entries at or after
 * @param to entries before
 */
public record AuditFilter(
    String actor, String action, String subjectType, String subjectId, Instant from, Instant to) {

  public AuditFilter {
    actor = blankToNull(actor);
    action = blankToNull(action);
    subjectType = blankToNull(subjectType);
    subjectId = blankToNull(subjectId);
  }

  void appendTo(StringBuilder where, Map<String, Object> params) {
    equal(where, params, "actor", actor);
    equal(where, params, "action", action);
    equal(where, params, "subject_type", subjectType);
    equal(where, params, "subject_id", subjectId);
    if (from != null) {
      where.append(" and occurred_at >= :from");
      params.put("from", Timestamp.from(from));
    }
    if (to != null) {
      where.append(" and occurred_at < :to");
      params.put("to", Timestamp.from(to));
    }
  }

  private static void equal(
      StringBuilder where, Map<String, Object> params, String column, String value) {
    if (value != null) {
      where.append(" and ").append(column).append(" = :").append(column);
      params.put(column, value);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
