package org.sunshine.platform.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.statistics.Accountability;
import org.sunshine.platform.statistics.Accountability.HistoricalEntry;
import org.sunshine.redaction.DocumentType;

/**
 * A year of accountability history so the charts and reports mean something: the twelve months
 * before this one as the previous platform's ledger recorded them (most documents on time, some
 * late, a few withheld, overdue or withdrawn, one county lagging), each month's plan frozen, and
 * the monthly reports of the province and its cities published — last month's province report waits
 * in approval for 省院案管. Runs once, after the demo documents (which the ledger then catches up).
 */
@Component
@ConditionalOnExpression(
    "${sunshine.demo.enabled:false} and ${sunshine.demo.statistics-history:true}")
class DemoStatistics {

  static final String DATA_SET = "statistics-v1";
  private static final Logger log = LoggerFactory.getLogger(DemoStatistics.class);
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
  private static final String[] GIVEN = {"建华", "秀英", "志强", "丽娟", "海涛", "晓燕", "国庆", "文静"};

  private final Accountability accountability;
  private final Directory directory;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final DemoWorkers workers;
  private final boolean background;

  DemoStatistics(
      Accountability accountability,
      Directory directory,
      JdbcClient jdbc,
      Clock clock,
      @Value("${sunshine.demo.documents-in-background:true}") boolean background,
      DemoWorkers workers) {
    this.workers = workers;
    this.accountability = accountability;
    this.directory = directory;
    this.jdbc = jdbc;
    this.clock = clock;
    this.background = background;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    if (background) {
      workers.start("demo-statistics", this::afterDocuments);
    } else {
      loadOnce();
    }
  }

  /** Waits (at most an hour) for the demo documents, so the ledger's catch-up finds them. */
  private void afterDocuments() {
    try {
      for (int i = 0; i < 720 && !loaded(DemoDocumentLoader.DATA_SET); i++) {
        Thread.sleep(5_000);
      }
      loadOnce();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.warn("Demo statistics left as they stand: {}", e.getMessage());
    }
  }

  private boolean loaded(String name) {
    return jdbc.sql("select count(*) from demo_data_set where name = ?")
            .param(name)
            .query(Long.class)
            .single()
        > 0;
  }

  void loadOnce() {
    if (loaded(DATA_SET)) {
      return;
    }
    LocalDate thisMonth = LocalDate.now(clock).withDayOfMonth(1);
    Random random = new Random(20261201L);
    List<ProcuratorateView> counties =
        directory.all().stream().filter(u -> u.level() == ProcuratorateLevel.COUNTY).toList();
    long id = -1;
    for (int back = 12; back >= 1; back--) {
      if (DemoWorkers.stopping()) {
        return; // the platform is stopping: nothing marked loaded, all of it at the next start
      }
      LocalDate month = thisMonth.minusMonths(back);
      List<HistoricalEntry> entries = new ArrayList<>();
      for (int c = 0; c < counties.size(); c++) {
        // The last county lags: fewer on time, more overdue, improving through the year.
        boolean lagging = c == counties.size() - 1;
        int n = 8 + random.nextInt(10);
        for (int i = 0; i < n; i++) {
          entries.add(entry(id--, counties.get(c), month, i, lagging, back, random));
        }
      }
      accountability.recordHistory(entries);
      accountability.freezePlan(month);
    }
    accountability.catchUp();
    accountability.freezePlan(thisMonth);
    publishReports(thisMonth);
    jdbc.sql("insert into demo_data_set (name, loaded_at) values (?, ?) on conflict do nothing")
        .params(DATA_SET, Timestamp.from(clock.instant()))
        .update();
    log.info("Demo statistics loaded: {} historical ledger entries over 12 months", -id - 1);
  }

  private HistoricalEntry entry(
      long id,
      ProcuratorateView unit,
      LocalDate month,
      int i,
      boolean lagging,
      int back,
      Random random) {
    DocumentType type =
        i % 3 == 0 ? DocumentType.NON_PROSECUTION_DECISION : DocumentType.INDICTMENT;
    LocalDate due = month.plusDays(random.nextInt(month.lengthOfMonth()));
    int roll = random.nextInt(100);
    int overdue = lagging ? 4 + back : 3;
    String state;
    LocalDate published = null;
    if (roll < overdue) {
      state = "OPEN";
    } else if (roll < overdue + 5) {
      state = "WITHHELD";
    } else if (roll < overdue + 6) {
      state = "WITHDRAWN";
      published = due.minusDays(2);
    } else {
      state = "PUBLISHED";
      int late = lagging ? 12 : 4;
      published =
          due.plusDays(random.nextInt(100) < late ? 3 + random.nextInt(10) : -random.nextInt(8));
    }
    String handler =
        SURNAMES[(int) (unit.id() * 7 + i) % SURNAMES.length]
            + GIVEN[(i + back) % 3 + (int) (unit.id() % 5)];
    String kind = type == DocumentType.INDICTMENT ? "刑诉" : "刑不诉";
    String number = unit.shortName() + "检" + kind + "〔" + month.getYear() + "〕H" + (-id) + "号";
    return new HistoricalEntry(
        id, unit.id(), number, type, handler, due.minusDays(10), due, state, published);
  }

  /** Every past month's report of the province and cities, decided by stand-in 案管 and leaders. */
  private void publishReports(LocalDate thisMonth) {
    List<ProcuratorateView> reporting =
        directory.all().stream()
            .filter(
                u ->
                    u.level() == ProcuratorateLevel.PROVINCIAL
                        || u.level() == ProcuratorateLevel.MUNICIPAL)
            .toList();
    for (int back = 12; back >= 1; back--) {
      if (DemoWorkers.stopping()) {
        return; // the platform is stopping: nothing marked loaded, all of it at the next start
      }
      LocalDate month = thisMonth.minusMonths(back);
      for (ProcuratorateView u : reporting) {
        long report = accountability.draftReport(u.id(), month);
        boolean waits = back == 1 && u.level() == ProcuratorateLevel.PROVINCIAL;
        if (!waits) {
          accountability.decideReport(standIn(u, Role.CASE_MANAGEMENT), report, true, "数据已核对");
          accountability.decideReport(standIn(u, Role.DEPUTY_CHIEF), report, true, "同意发布");
        }
      }
    }
  }

  private static StaffIdentity standIn(ProcuratorateView unit, Role role) {
    return new StaffIdentity(
        0,
        "demo." + role.name().toLowerCase() + "." + unit.code(),
        "演示" + role.name(),
        unit.id(),
        null,
        Set.of(role),
        DataScope.OWN_UNIT,
        true);
  }
}
