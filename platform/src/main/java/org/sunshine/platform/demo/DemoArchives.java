package org.sunshine.platform.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunshine.platform.archives.Archives;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Archives to look at: last quarter's package of 小店区, 迎泽区 and 太原市, this quarter's so far for 小店区
 * (where the demo documents are published), this year's annual report of 小店区 as a draft for 案管 to
 * edit and submit, and 迎泽区's published on the public site. Runs once, after the demo documents and
 * the statistics history (the packages and figures read them).
 */
@Component
@ConditionalOnExpression("${sunshine.demo.enabled:false} and ${sunshine.demo.archives:true}")
class DemoArchives {

  static final String DATA_SET = "archives-v1";
  private static final Logger log = LoggerFactory.getLogger(DemoArchives.class);
  private static final List<String> UNITS = List.of("140105", "140106", "140100");

  private final Archives archives;
  private final Directory directory;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final boolean background;
  private final boolean statisticsHistory;

  DemoArchives(
      Archives archives,
      Directory directory,
      JdbcClient jdbc,
      Clock clock,
      @Value("${sunshine.demo.documents-in-background:true}") boolean background,
      @Value("${sunshine.demo.statistics-history:true}") boolean statisticsHistory) {
    this.statisticsHistory = statisticsHistory;
    this.archives = archives;
    this.directory = directory;
    this.jdbc = jdbc;
    this.clock = clock;
    this.background = background;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    Thread t = new Thread(this::afterTheRest, "demo-archives");
    t.setDaemon(true);
    if (background) {
      t.start();
    } else {
      afterTheRest();
    }
  }

  /** Waits (at most an hour) for the demo documents and statistics. */
  private void afterTheRest() {
    try {
      for (int i = 0; i < 720 && !(loaded(DemoDocumentLoader.DATA_SET) && statisticsDone()); i++) {
        Thread.sleep(5_000);
      }
      loadOnce();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.warn("Demo archives left as they stand: {}", e.getMessage());
    }
  }

  private boolean statisticsDone() {
    return !statisticsHistory || loaded(DemoStatistics.DATA_SET);
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
    LocalDate today = LocalDate.now(clock);
    LocalDate lastQuarter =
        today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3 + 3);
    int q = (lastQuarter.getMonthValue() - 1) / 3 + 1;
    for (String code : UNITS) {
      long unit = directory.findByCode(code).orElseThrow().id();
      archives.generatePackage(unit, lastQuarter.getYear(), q, "system");
    }
    ProcuratorateView xiaodian = directory.findByCode("140105").orElseThrow();
    archives.generatePackage(
        xiaodian.id(), today.getYear(), (today.getMonthValue() - 1) / 3 + 1, "casemgmt");
    archives.draftAnnualReport(xiaodian.id(), today.getYear());
    ProcuratorateView yingze = directory.findByCode("140106").orElseThrow();
    long report = archives.draftAnnualReport(yingze.id(), today.getYear());
    archives.writeAnnualReport(
        standIn(yingze, Role.CASE_MANAGEMENT),
        report,
        "个别法律文书未在期限内公开，主要原因是部分案件判决生效信息回传滞后、承办人对公开时限把握不严。改进措施："
            + "一是与法院建立判决生效信息每周对账机制；二是对临期文书由案件管理部门提前三日提醒；"
            + "三是将公开及时率纳入承办人办案质效考核。",
        "本院检务督察部门于6月、12月开展两次检务公开专项检查，抽查法律文书120件，发现并整改隐名处理不规范问题3件；" + "案件管理部门每月开展日常监督，通报超期未公开文书。");
    archives.submitAnnualReport(standIn(yingze, Role.CASE_MANAGEMENT), report);
    archives.decideAnnualReport(standIn(yingze, Role.DEPUTY_CHIEF), report, true, "同意");
    archives.decideAnnualReport(standIn(yingze, Role.CHIEF_PROCURATOR), report, true, "同意公开");
    jdbc.sql("insert into demo_data_set (name, loaded_at) values (?, ?) on conflict do nothing")
        .params(DATA_SET, Timestamp.from(clock.instant()))
        .update();
    log.info(
        "Demo archives loaded: packages of {} and a draft and a published annual report", UNITS);
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
