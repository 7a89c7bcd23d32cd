package org.sunshine.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.documents.DocumentWorkflow;
import org.sunshine.platform.documents.WithholdingReason;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.PlatformTest;

/** The ledger follows the documents (events, rebuild, drift) and the plan is frozen on the 1st. */
@PlatformTest
class LedgerTest {

  @Autowired TransactionTemplate tx;
  @Autowired DocumentFixtures fixtures;
  @Autowired DocumentWorkflow workflow;
  @Autowired LedgerRows rows;
  @Autowired LedgerKeeper keeper;
  @Autowired LedgerRebuild rebuild;
  @Autowired Completion completion;
  @Autowired MonthlyPlans plans;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired Cases cases;

  private long xiaodian() {
    return directory.findByCode("140105").orElseThrow().id();
  }

  private LedgerEntry entry(long id) {
    await().atMost(Duration.ofSeconds(20)).until(() -> rows.find(id).isPresent());
    return rows.find(id).orElseThrow();
  }

  private void awaitState(long id, String state) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> rows.find(id).map(e -> e.state().equals(state)).orElse(false));
  }

  @Test
  void aWithholdingWithAValidReasonLeavesTheDenominator() throws Exception {
    long id = fixtures.anIndictment(fixtures.aCase(true, true));
    rebuild.rebuild();
    LedgerEntry open = entry(id);
    LocalDate month = open.dueMonth();
    Figures before = completion.ownByUnit(month, List.of(xiaodian())).get(xiaodian());

    workflow.withhold(fixtures.staff("handler"), id, WithholdingReason.MINOR_OFFENDER, null);
    awaitState(id, "WITHHELD");

    Figures after = completion.ownByUnit(month, List.of(xiaodian())).get(xiaodian());
    assertThat(after.due()).isEqualTo(before.due());
    assertThat(after.withheld()).isEqualTo(before.withheld() + 1);
    assertThat(after.denominator()).isEqualTo(before.denominator() - 1);
    assertThat(after.published()).isEqualTo(before.published());
    assertThat(completion.entries(xiaodian(), true, month, Figure.WITHHELD, null, null))
        .extracting(LedgerEntry::documentId)
        .contains(id);
    assertThat(rows.movements(id)).extracting(LedgerRows.Movement::kind).contains("WITHHELD");
  }

  @Test
  void aJudgmentImportedByTheUpstreamFeedMakesTheIndictmentDueInTheLedger() throws Exception {
    long id = fixtures.anIndictment(fixtures.aCase(false, false));
    String number = fixtures.caseNumberOf(id);
    String judgment =
        String.format(
            "{\"record\":\"event\",\"caseNumber\":\"%s\",\"eventId\":\"J\",\"partyNo\":null,"
                + "\"type\":\"JUDGMENT_EFFECTIVE\",\"on\":\"%s\"}",
            number, LocalDate.now().minusDays(1));
    assertThat(cases.importSystemBatch(new StringReader(judgment)).rejected()).isZero();

    assertThat(entry(id).state()).isEqualTo("OPEN");
    assertThat(rows.movements(id))
        .as("moved by the import's event, not found later by the catch-up")
        .extracting(LedgerRows.Movement::kind)
        .contains("DUE");
  }

  @Test
  void aPublicationMovesTheEntryOnceHoweverOftenItsEventArrives() throws Exception {
    long id = fixtures.anIndictment(fixtures.aCaseWith("盗窃罪", "王付建:DEFENDANT"));
    fixtures.submitAndApprove(id, "depthead", "deputy", "casemgmt");
    awaitState(id, "PUBLISHED");
    int moves = rows.movements(id).size();
    LedgerEntry published = rows.find(id).orElseThrow();

    // The same event delivered again (the registry retries after a crash) changes nothing.
    String key =
        jdbc.sql(
                "select event_key from ledger_movement where document_id = ? and kind = 'PUBLISHED'")
            .param(id)
            .query(String.class)
            .single();
    keeper.refresh(id, "PUBLISHED", key, published.publishedOn(), null);
    assertThat(rows.movements(id)).hasSize(moves);
    assertThat(rows.find(id).orElseThrow()).isEqualTo(published);
    assertThat(published.publishedOn()).isNotNull();
    assertThat(published.dueOn()).isBefore(LocalDate.now());
  }

  @Test
  void theDriftCheckFindsWhatTheLedgerMissedAndTheRebuildMendsIt() throws Exception {
    long id = fixtures.anIndictment(fixtures.aCaseWith("诈骗罪", "陈小明:DEFENDANT"));
    rebuild.rebuild();
    assertThat(rebuild.drift().none()).isTrue();

    jdbc.sql("update ledger_entry set state = 'PUBLISHED' where document_id = ?")
        .param(id)
        .update();
    jdbc.sql(
            "delete from ledger_entry where document_id = (select min(document_id) from ledger_entry where document_id > 0)")
        .update();
    LedgerRebuild.Drift drift = rebuild.drift();
    assertThat(drift.different()).contains(id);
    assertThat(drift.missing()).hasSize(1);

    LedgerRebuild.Rebuilt r = rebuild.rebuild();
    assertThat(r.entries()).isEqualTo(drift.checked());
    assertThat(rebuild.drift().none()).isTrue();
    assertThat(rows.find(id).orElseThrow().state()).isEqualTo("OPEN");
  }

  @Test
  void aPlatformDownOnTheFirstFreezesThePlanAtItsNextDailyRunOnce() {
    LocalDate first = LocalDate.now().plusMonths(5).withDayOfMonth(1);
    Clock onTheSixth =
        Clock.fixed(
            first.plusDays(5).atTime(6, 20).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    MonthlyPlans late = new MonthlyPlans(jdbc, directory, rebuild, onTheSixth, tx);
    assertThat(plans.find(first)).isEmpty();
    late.catchUp();
    MonthlyPlans.Plan frozen = plans.find(first).orElseThrow();
    late.catchUp();
    assertThat(plans.find(first)).contains(frozen);
  }

  @Test
  void thePlanIsFrozenOnTheFirstOfTheMonth() throws Exception {
    long unit = xiaodian();
    long a = fixtures.anIndictment(fixtures.aCaseWith("盗窃罪", "刘大海:DEFENDANT"));
    rebuild.rebuild();
    assertThat(entry(a).state()).isEqualTo("OPEN");

    // The job runs on the 1st of a month still to come: what is unpublished then is carried over.
    LocalDate first = LocalDate.now().plusMonths(2).withDayOfMonth(1);
    Clock onTheFirst =
        Clock.fixed(
            first.atTime(0, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    new MonthlyPlans(jdbc, directory, rebuild, onTheFirst, tx).onTheFirst();
    MonthlyPlans.Plan frozen = plans.of(unit, first);
    assertThat(frozen).isNotNull();
    assertThat(frozen.carried()).isPositive();
    assertThat(completion.entries(unit, false, first, Figure.PLANNED, null, null))
        .extracting(LedgerEntry::documentId)
        .contains(a)
        .hasSize((int) frozen.planned());

    // Afterwards more becomes due and the plan's documents get published: the plan stays as it was.
    long b = fixtures.anIndictment(fixtures.aCaseWith("盗窃罪", "周建军:DEFENDANT"));
    rebuild.rebuild();
    fixtures.submitAndApprove(a, "depthead", "deputy", "casemgmt");
    awaitState(a, "PUBLISHED");
    assertThat(plans.freeze(first)).isEqualTo(plans.find(first).orElseThrow());
    assertThat(plans.of(unit, first)).isEqualTo(frozen);
    Figures month = completion.rolledUp(unit, first);
    assertThat(month.planned()).isEqualTo(frozen.planned());
    assertThat(completion.entries(unit, false, first, Figure.PLANNED, null, null))
        .extracting(LedgerEntry::documentId)
        .doesNotContain(b);
  }

  @Test
  void aWithdrawalOfAnEarlierPublicationStaysInTheDenominatorAndIsNamed() throws Exception {
    long id = fixtures.anIndictment(fixtures.aCaseWith("盗窃罪", "吴小六:DEFENDANT"));
    fixtures.submitAndApprove(id, "depthead", "deputy", "casemgmt");
    awaitState(id, "PUBLISHED");
    LocalDate month = rows.find(id).orElseThrow().dueMonth();
    Figures before = completion.ownByUnit(month, List.of(xiaodian())).get(xiaodian());

    workflow.orderWithdrawal(fixtures.staff("casemgmt.province"), id, "公开文书未隐去被害人住址，责令撤回");
    awaitState(id, "WITHDRAWN");

    Figures after = completion.ownByUnit(month, List.of(xiaodian())).get(xiaodian());
    assertThat(after.denominator()).isEqualTo(before.denominator());
    assertThat(after.published()).isEqualTo(before.published() - 1);
    assertThat(after.nonCompliant()).isEqualTo(before.nonCompliant() + 1);
    assertThat(completion.entries(xiaodian(), true, month, Figure.NON_COMPLIANT, null, null))
        .extracting(LedgerEntry::documentId)
        .contains(id);
    assertThat(rows.movements(id))
        .extracting(LedgerRows.Movement::kind)
        .contains("PUBLISHED", "WITHDRAWN_BY_ORDER");
  }
}
