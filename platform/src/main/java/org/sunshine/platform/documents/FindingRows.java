package org.sunshine.platform.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunshine.redaction.Finding;

/** A document's findings and its case's pseudonyms. */
@Repository
class FindingRows {

  private final JdbcClient jdbc;

  FindingRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void replaceAll(long documentId, List<Finding> findings) {
    jdbc.sql("delete from redaction_finding where document_id = ?").param(documentId).update();
    for (Finding f : findings) {
      insert(
          documentId,
          f.start(),
          f.end(),
          f.text(),
          f.category().name(),
          f.role(),
          f.rule(),
          f.confidence(),
          f.replacement(),
          false);
    }
  }

  long insert(
      long documentId,
      int start,
      int end,
      String original,
      String category,
      String role,
      String rule,
      double confidence,
      String replacement,
      boolean manual) {
    return jdbc.sql(
            """
            insert into redaction_finding (document_id, start_offset, end_offset, original, category, person_role,
                rule, confidence, replacement, accepted, manual)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?) returning id""")
        .params(
            documentId,
            start,
            end,
            original.length() > 500 ? original.substring(0, 500) : original,
            category,
            role,
            rule,
            Math.max(0, Math.min(1, confidence)),
            replacement,
            manual)
        .query(Long.class)
        .single();
  }

  List<FindingView> of(long documentId) {
    return jdbc.sql(
            """
            select id, start_offset, end_offset, original, category, person_role, rule, confidence, replacement,
                   accepted, manual
            from redaction_finding where document_id = ? order by start_offset, id""")
        .param(documentId)
        .query(
            (rs, n) ->
                new FindingView(
                    rs.getLong("id"),
                    rs.getInt("start_offset"),
                    rs.getInt("end_offset"),
                    rs.getString("original"),
                    rs.getString("category"),
                    rs.getString("person_role"),
                    rs.getString("rule"),
                    rs.getDouble("confidence"),
                    rs.getString("replacement"),
                    rs.getBoolean("accepted"),
                    rs.getBoolean("manual")))
        .list();
  }

  Optional<Long> documentOf(long findingId) {
    return jdbc.sql("select document_id from redaction_finding where id = ?")
        .param(findingId)
        .query(Long.class)
        .optional();
  }

  void setAccepted(long findingId, boolean accepted) {
    jdbc.sql("update redaction_finding set accepted = ? where id = ?")
        .params(accepted, findingId)
        .update();
  }

  Map<String, String> pseudonyms(long caseId) {
    Map<String, String> map = new LinkedHashMap<>();
    jdbc.sql("select name, pseudonym from case_pseudonym where case_id = ? order by pseudonym")
        .param(caseId)
        .query((rs, n) -> Map.entry(rs.getString("name"), rs.getString("pseudonym")))
        .list()
        .forEach(e -> map.put(e.getKey(), e.getValue()));
    return map;
  }

  /**
   * Serialises pseudonym assignment per case (two documents of one case arriving together must not
   * give one pseudonym to two people); released at commit.
   */
  void lockCase(long caseId) {
    jdbc.sql("select pg_advisory_xact_lock(7305, cast(? as int))")
        .param((int) (caseId % Integer.MAX_VALUE))
        .query()
        .listOfRows();
  }

  /** Adds new people; a pseudonym already held by someone else fails the transaction. */
  void addPseudonyms(long caseId, Map<String, String> map) {
    for (Map.Entry<String, String> e : map.entrySet()) {
      jdbc.sql(
              "insert into case_pseudonym (case_id, name, pseudonym) values (?, ?, ?)"
                  + " on conflict (case_id, name) do nothing")
          .params(caseId, e.getKey(), e.getValue())
          .update();
    }
  }
}
