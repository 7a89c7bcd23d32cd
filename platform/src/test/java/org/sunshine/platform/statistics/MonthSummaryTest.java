package org.sunshine.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.redaction.DocumentType;

/** A closed month's summary (the dashboard's speed) always says what the ledger says. */
@PlatformTest
class MonthSummaryTest {

  @Autowired Accountability accountability;
  @Autowired Completion completion;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired MonthSummaryRefresh refresh;

  private void record(long id, long unit, LocalDate month, String state, LocalDate published) {
    accountability.recordHistory(
        List.of(
            new Accountability.HistoricalEntry(
                id,
                unit,
                "榆检刑诉〔2023〕S" + (-id) + "号",
                DocumentType.INDICTMENT,
                "孙守义",
                month.minusDays(5),
                month.plusDays(4),
                state,
                published)));
  }

  private long summarisedVersion(LocalDate month) {
    return jdbc.sql("select version from ledger_month_summarised where month = ?")
        .param(month)
        .query(Long.class)
        .single();
  }

  @Test
  void aClosedMonthsSummaryFollowsTheLedger() {
    long yuci = directory.findByCode("140702").orElseThrow().id();
    long jinzhong = directory.findByCode("140700").orElseThrow().id();
    LocalDate month = LocalDate.of(2023, 3, 1);
    record(-980_001L, yuci, month, "OPEN", null);
    record(-980_002L, yuci, month, "PUBLISHED", month.plusDays(3));

    var fromSummary = completion.ownByUnit(month, List.of(yuci));
    assertThat(fromSummary).isEqualTo(completion.liveByUnit(month, List.of(yuci)));
    assertThat(fromSummary.get(yuci).overdue()).isEqualTo(1);
    long first = summarisedVersion(month);

    // The overdue one is published late: the summary is recomputed, never stale.
    record(-980_001L, yuci, month, "PUBLISHED", month.plusDays(40));
    var after = completion.ownByUnit(month, List.of(yuci));
    assertThat(after).isEqualTo(completion.liveByUnit(month, List.of(yuci)));
    assertThat(after.get(yuci).overdue()).isZero();
    assertThat(after.get(yuci).published()).isEqualTo(2);
    assertThat(summarisedVersion(month)).isGreaterThan(first);

    // Rolled up and by type, the summary and the live count agree too.
    assertThat(completion.rolledUp(jinzhong, month))
        .isEqualTo(
            Completion.sum(
                completion.liveByUnit(month, directory.selfAndDescendants(jinzhong)).values()));
    assertThat(completion.by(Dimension.TYPE, jinzhong, false, month).get("INDICTMENT").due())
        .isEqualTo(completion.rolledUp(jinzhong, month).due());
  }

  @Test
  void aStaleClosedMonthIsSummarisedInTheBackgroundBeforeAnyoneLooks() {
    long yuci = directory.findByCode("140702").orElseThrow().id();
    LocalDate month = LocalDate.of(2023, 5, 1);
    record(-980_011L, yuci, month, "OPEN", null);
    completion.ownByUnit(month, List.of(yuci));
    long first = summarisedVersion(month);

    // A late publication moves the old month; the job, not the next reader, recounts it.
    record(-980_011L, yuci, month, "PUBLISHED", month.plusDays(50));
    long moved =
        jdbc.sql("select version from ledger_month_version where month = ?")
            .param(month)
            .query(Long.class)
            .single();
    assertThat(moved).isGreaterThan(first);
    assertThat(refresh.refreshStale()).isPositive();
    assertThat(summarisedVersion(month)).isEqualTo(moved);
    assertThat(completion.ownByUnit(month, List.of(yuci)).get(yuci).published()).isEqualTo(1);
  }
}
