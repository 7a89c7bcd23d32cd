package org.sunshine.platform.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.NewProcuratorate;
import org.sunshine.platform.organisation.NewStaffAccount;
import org.sunshine.platform.organisation.OrganisationSetup;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.security.Credentials;

/**
 * Loads the demo organisation once per database: the marker row and the data commit together, so a
 * second start (or a crash half-way) never duplicates anything.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "sunshine.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

  static final String DATA_SET = "organisation-v1";
  static final String CASES = "cases-v1";
  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final OrganisationSetup setup;
  private final Directory directory;
  private final Credentials credentials;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Cases cases;

  DemoDataLoader(
      OrganisationSetup setup,
      Directory directory,
      Credentials credentials,
      JdbcClient jdbc,
      TransactionTemplate tx,
      Clock clock,
      Cases cases) {
    this.cases = cases;
    this.setup = setup;
    this.directory = directory;
    this.credentials = credentials;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    tx.executeWithoutResult(status -> loadOnce());
    loadCasesOnce();
  }

  /**
   * Cases arrive the way the upstream system sends them: one import batch, each record in its own
   * transaction.
   */
  void loadCasesOnce() {
    boolean loaded =
        jdbc.sql("select count(*) from demo_data_set where name = ?")
                .param(CASES)
                .query(Long.class)
                .single()
            > 0;
    if (loaded) {
      return;
    }
    List<String> counties =
        directory.all().stream()
            .filter(u -> u.level() == ProcuratorateLevel.COUNTY)
            .map(u -> u.code())
            .toList();
    List<String> lines = DemoCases.batch(counties, LocalDate.now(clock), 720);
    try {
      var report = cases.importSystemBatch(new StringReader(String.join("\n", lines)));
      log.info("Demo cases: {} records applied, {} rejected", report.applied(), report.rejected());
      // Marked only once the import has run: an interrupted first start is completed by the next
      // one (the import is
      // idempotent).
      jdbc.sql("insert into demo_data_set (name, loaded_at) values (?, ?) on conflict do nothing")
          .params(CASES, Timestamp.from(clock.instant()))
          .update();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void loadOnce() {
    boolean claimed =
        jdbc.sql("insert into demo_data_set (name, loaded_at) values (?, ?) on conflict do nothing")
                .params(DATA_SET, Timestamp.from(clock.instant()))
                .update()
            == 1;
    if (!claimed) {
      log.info("Demo data set {} already loaded", DATA_SET);
      return;
    }
    Map<String, Long> unitIds = new HashMap<>();
    Map<String, Long> departmentIds = new HashMap<>();
    for (DemoUnits.Unit u : DemoUnits.ALL) {
      long id =
          setup.register(
              new NewProcuratorate(
                  u.code(),
                  u.name(),
                  u.shortName(),
                  u.level(),
                  u.parentCode() == null ? null : unitIds.get(u.parentCode()),
                  u.divisionCode(),
                  u.address(),
                  u.postalCode(),
                  u.phone()));
      unitIds.put(u.code(), id);
      for (String[] d : DemoUnits.DEPARTMENTS) {
        long departmentId = setup.addDepartment(id, d[0], d[1]);
        departmentIds.put(u.code() + "/" + d[0], departmentId);
        if ("PROCURATORIAL".equals(d[1])) {
          setup.addCaseTeam(departmentId, "第一检察官办案组");
          setup.addCaseTeam(departmentId, "第二检察官办案组");
        }
      }
    }
    for (DemoAccounts.Account a : DemoAccounts.ALL) {
      long id =
          setup.openAccount(
              new NewStaffAccount(
                  a.username(),
                  a.name(),
                  unitIds.get(a.unitCode()),
                  a.department() == null
                      ? null
                      : departmentIds.get(a.unitCode() + "/" + a.department()),
                  a.roles(),
                  a.scope()));
      credentials.setInitialPassword(id, DemoAccounts.PASSWORD);
    }
    log.info(
        "Demo data set {} loaded: {} procuratorates, {} accounts",
        DATA_SET,
        directory.all().size(),
        DemoAccounts.ALL.size());
  }
}
