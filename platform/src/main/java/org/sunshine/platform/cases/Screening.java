package org.sunshine.platform.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs the screening rules over a case's accused parties and stores what fired, with the rule set's
 * version.
 */
@Component
class Screening {

  /**
   * An approved override of the finding's rule that covers the finding's party (those the rule had
   * found when it was asked): a party added later is screened on their own.
   */
  private static final String LIFTED =
      """
      select 1 from screening_override o join screening_override_party op on op.override_id = o.id
      where o.case_id = r.case_id and o.rule_id = r.rule_id and op.party_id = r.party_id and o.approved""";

  private final JdbcClient jdbc;
  private final CaseRows rows;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Screening(JdbcClient jdbc, CaseRows rows, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.rows = rows;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Screens the case again; if it turned withheld by law (it was not before the import that changed
   * it), says so: a hearing announced or a text published before must come down.
   */
  void screen(long caseId, boolean wasWithheld) {
    CaseRows.CaseRow c = rows.byId(caseId).orElseThrow();
    findings(c);
    if (!wasWithheld && withheld(caseId)) {
      events.publishEvent(new CaseWithheld(caseId, c.caseNumber()));
    }
  }

  /**
   * Whether the law withholds the case: it is secret (国家秘密, whatever its parties: a civil or
   * administrative supervision has no accused), or a finding says so and no approved override lifts
   * it. Read before an import changes the case, and again after.
   */
  boolean withheld(long caseId) {
    return rows.byId(caseId).map(CaseRows.CaseRow::secret).orElse(false)
        || withheldByFinding(caseId);
  }

  private boolean withheldByFinding(long caseId) {
    return jdbc.sql(
            """
            select exists(select 1 from screening_result r where r.case_id = ? and r.outcome = ?
              and not exists(%s))"""
                .formatted(LIFTED))
        .params(caseId, ScreeningOutcome.WITHHELD_BY_LAW.name())
        .query(Boolean.class)
        .single();
  }

  private void findings(CaseRows.CaseRow c) {
    long caseId = c.id();
    jdbc.sql("delete from screening_result where case_id = ?").param(caseId).update();
    for (CaseRows.PartyRow p : rows.parties(caseId)) {
      if (!p.role().accused()) {
        continue;
      }
      var facts =
          new ScreeningRules.Facts(
              c.charge(),
              c.acceptedOn(),
              c.procurator(),
              c.secret(),
              p.name(),
              p.birthDate(),
              p.offenceOn(),
              p.nationality(),
              p.officialRank());
      for (ScreeningRules.Rule rule : ScreeningRules.ALL) {
        rule.check()
            .apply(facts)
            .ifPresent(
                reason ->
                    jdbc.sql(
                            """
                insert into screening_result (case_id, party_id, rule_id, rule_version, outcome, reason, screened_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                            caseId,
                            p.id(),
                            rule.id(),
                            ScreeningRules.VERSION,
                            rule.outcome().name(),
                            reason,
                            Timestamp.from(clock.instant()))
                        .update());
      }
    }
  }

  record Stored(long partyId, ScreeningFinding finding) {}

  List<Stored> results(long caseId) {
    return jdbc.sql(
            """
            select r.party_id, r.rule_id, r.rule_version, r.outcome, r.reason,
                   exists(%s) as overridden
            from screening_result r where r.case_id = ? order by r.id"""
                .formatted(LIFTED))
        .param(caseId)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getLong("party_id"),
                    new ScreeningFinding(
                        rs.getString("rule_id"),
                        rs.getString("rule_version"),
                        ScreeningOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("reason"),
                        rs.getBoolean("overridden"))))
        .list();
  }
}
