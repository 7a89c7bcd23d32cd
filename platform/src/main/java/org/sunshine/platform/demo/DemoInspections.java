package org.sunshine.platform.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.statistics.Oversight;

/**
 * Inspections in every state: the province's inspection of 太原市 last half-year, completed, with one
 * correction confirmed and one reported and waiting; its inspection of 小店区 this half-year still
 * being recorded, with a correction waiting in 小店区 案管's tasks; and a correction the province's 案管
 * ordered in 晋中市 directly. Runs once, after the demo's accountability history.
 */
@Component
@ConditionalOnExpression("${sunshine.demo.enabled:false} and ${sunshine.demo.inspections:true}")
class DemoInspections {

  static final String DATA_SET = "inspections-v1";
  private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);

  private final Oversight oversight;
  private final Directory directory;
  private final StaffAccounts accounts;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoInspections(
      Oversight oversight,
      Directory directory,
      StaffAccounts accounts,
      JdbcClient jdbc,
      Clock clock) {
    this.oversight = oversight;
    this.directory = directory;
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    Thread t = new Thread(this::load, "demo-inspections");
    t.setDaemon(true);
    t.start();
  }

  private void load() {
    try {
      loadOnce();
    } catch (RuntimeException e) {
      log.warn("Demo inspections left as they stand: {}", e.getMessage());
    }
  }

  void loadOnce() {
    if (loaded() || accounts.identity("inspector").isEmpty()) {
      return;
    }
    StaffIdentity inspector = accounts.identity("inspector").orElseThrow();
    StaffIdentity provinceCm = accounts.identity("casemgmt.province").orElseThrow();
    long taiyuan = unit("140100");
    long xiaodian = unit("140105");
    long yingze = unit("140106");
    LocalDate today = LocalDate.now(clock);
    int half = today.getMonthValue() <= 6 ? 1 : 2;
    int lastYear = half == 1 ? today.getYear() - 1 : today.getYear();
    int lastHalf = half == 1 ? 2 : 1;

    long done = oversight.openInspection(inspector, taiyuan, lastYear, lastHalf);
    for (String item : oversight.checklist()) {
      switch (item) {
        case "DOCUMENTS_ON_TIME" ->
            oversight.check(inspector, done, item, "FAIL", "小店区有 3 份起诉书超期未公开");
        case "ARCHIVE" -> oversight.check(inspector, done, item, "FAIL", "迎泽区第二季度材料未立卷");
        case "LAWYERS" -> oversight.check(inspector, done, item, "NOT_APPLICABLE", "本期未受理");
        default -> oversight.check(inspector, done, item, "PASS", null);
      }
    }
    long late = oversight.finding(inspector, done, "小店区院部分起诉书在判决生效后超过期限仍未公开");
    long archive = oversight.finding(inspector, done, "迎泽区院第二季度公开材料未按季度立卷归档");
    long c1 =
        oversight.requireCorrection(
            inspector, done, late, xiaodian, "逐件补充公开超期起诉书，并报送超期原因说明", today.plusDays(15), null);
    long c2 =
        oversight.requireCorrection(
            inspector, done, archive, yingze, "补齐第二季度公开材料并立卷归档", today.plusDays(20), null);
    oversight.complete(inspector, done, "太原市检察机关检务公开工作总体规范，文书按期公开和材料归档两项需整改。");
    oversight.report(
        standIn(xiaodian, Role.CASE_MANAGEMENT), c1, "已逐件补充公开，超期原因系判决书送达回证录入延迟，已建立录入提醒。");
    oversight.confirm(inspector, c1, true, "经抽查，整改到位。");
    oversight.report(standIn(yingze, Role.CASE_MANAGEMENT), c2, "已补齐材料，第二季度案卷已移交档案室。");

    long open = oversight.openInspection(inspector, xiaodian, today.getYear(), half);
    oversight.check(inspector, open, "PLAN_AND_REPORT", "PASS", null);
    oversight.check(inspector, open, "REDACTION", "FAIL", "一份不起诉决定书未隐去被不起诉人住址");
    long redaction = oversight.finding(inspector, open, "个别公开文书技术处理不到位，出现住址信息");
    oversight.requireCorrection(
        inspector,
        open,
        redaction,
        xiaodian,
        "撤回并重新处理该文书，复查本年度已公开的不起诉决定书",
        today.plusDays(10),
        null);

    oversight.order(
        provinceCm, unit("140700"), "晋中市院本月通报中的两份超期文书，请督促下级院于期限内公开", today.plusDays(7), null);
    jdbc.sql("insert into demo_data_set (name, loaded_at) values (?, ?) on conflict do nothing")
        .params(DATA_SET, Timestamp.from(clock.instant()))
        .update();
    log.info("Demo inspections loaded");
  }

  private boolean loaded() {
    return jdbc.sql("select count(*) from demo_data_set where name = ?")
            .param(DATA_SET)
            .query(Long.class)
            .single()
        > 0;
  }

  private long unit(String code) {
    return directory.findByCode(code).orElseThrow().id();
  }

  private static StaffIdentity standIn(long unitId, Role role) {
    return new StaffIdentity(
        0,
        "demo." + role.name().toLowerCase() + "." + unitId,
        "演示" + role.name(),
        unitId,
        null,
        Set.of(role),
        DataScope.OWN_UNIT,
        true);
  }
}
