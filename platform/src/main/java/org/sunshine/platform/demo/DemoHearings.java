package org.sunshine.platform.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.hearings.HearingKind;
import org.sunshine.platform.hearings.Hearings;
import org.sunshine.platform.hearings.NewHearing;
import org.sunshine.platform.hearings.NewOpenDay;
import org.sunshine.platform.hearings.OpenDays;
import org.sunshine.platform.hearings.SupervisorRoster;
import org.sunshine.platform.infrastructure.ReplayableClock;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Open days and public hearings in the demo, in every state: 小店区 held one open day this year, has
 * one published with bookings and one not yet published; 太原市 has one published and one cancelled;
 * the province held its one. 小店区 keeps a roster of 人民监督员 and has hearings held (with the outcome
 * shown publicly), announced (observers booked, one supervisor excused and replaced), scheduled and
 * cancelled. Past steps run on the replayed clock, as of the day they happened.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "sunshine.demo.enabled", havingValue = "true")
class DemoHearings implements ApplicationRunner {

  static final String DATA_SET = "hearings-v1";
  private static final Logger log = LoggerFactory.getLogger(DemoHearings.class);

  private final OpenDays openDays;
  private final Hearings hearings;
  private final SupervisorRoster supervisors;
  private final Cases cases;
  private final LawyerGrants applicants;
  private final StaffAccounts accounts;
  private final Directory directory;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  DemoHearings(
      OpenDays openDays,
      Hearings hearings,
      SupervisorRoster supervisors,
      Cases cases,
      LawyerGrants applicants,
      StaffAccounts accounts,
      Directory directory,
      JdbcClient jdbc,
      TransactionTemplate tx,
      Clock clock) {
    this.openDays = openDays;
    this.hearings = hearings;
    this.supervisors = supervisors;
    this.cases = cases;
    this.applicants = applicants;
    this.accounts = accounts;
    this.directory = directory;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    tx.executeWithoutResult(s -> loadOnce());
  }

  private void loadOnce() {
    boolean claimed =
        jdbc.sql("insert into demo_data_set (name, loaded_at) values (?, ?) on conflict do nothing")
                .params(DATA_SET, Timestamp.from(clock.instant()))
                .update()
            == 1;
    if (!claimed || directory.findByCode("140105").isEmpty()) {
      return;
    }
    openDays();
    hearings(directory.findByCode("140105").get().id());
    log.info("Demo open days and public hearings loaded");
  }

  private StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  private long visitor(String mobile) {
    return applicants.applicantFor(mobile);
  }

  private void asOf(LocalDateTime at, Runnable work) {
    ReplayableClock.asOf(at.atZone(zone()).toInstant(), work);
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  private void openDays() {
    LocalDate today = LocalDate.now(clock);
    StaffIdentity county = staff("casemgmt");
    StaffIdentity city = staff("press");
    // 小店区: held in the spring of this year (or as early in the year as the demo's day allows).
    LocalDateTime spring = today.withDayOfYear(Math.min(today.getDayOfYear(), 140)).atTime(9, 0);
    heldOpenDay(
        county,
        spring.minusDays(1),
        "“走进检察·感受公正”检察开放日",
        "小店区人民检察院检察服务中心",
        60,
        List.of("13800000301:杨丽娟:2", "13800000302:郭志强:1", "13800000303:田雅琴:3"));
    long published =
        openDay(
            county,
            today.plusDays(12).atTime(9, 30),
            "未成年人检察工作开放日：法治进校园成果展示",
            "小店区人民检察院二楼未检工作室",
            40);
    openDays.publish(county, published);
    openDays.book(visitor("13800000311"), published, "李晓燕", 2);
    openDays.book(visitor("13800000312"), published, "王建平", 1);
    openDays.book(visitor("13800000313"), published, "赵红梅", 3);
    openDay(county, today.plusDays(40).atTime(14, 30), "公益诉讼检察开放日：守护汾河生态", "小店区人民检察院一楼大厅", 80);
    // 太原市: one published and nearly full, one cancelled with its visitors told.
    long cityDay =
        openDay(
            city, today.plusDays(9).atTime(9, 0), "“检察蓝”邀您走进太原市人民检察院", "太原市人民检察院12309检察服务中心", 6);
    openDays.publish(city, cityDay);
    openDays.book(visitor("13800000321"), cityDay, "孙丽", 3);
    openDays.book(visitor("13800000322"), cityDay, "周建国", 2);
    long cancelled =
        openDay(city, today.plusDays(20).atTime(9, 0), "控告申诉检察开放日", "太原市人民检察院三楼会议室", 30);
    openDays.publish(city, cancelled);
    openDays.book(visitor("13800000323"), cancelled, "吴敏", 1);
    openDays.cancel(city, cancelled, "因场馆改造，活动改期举办，新的日期将另行发布");
    // The province: its one open day of the year, held.
    heldOpenDay(
        staff("casemgmt.province"),
        spring.minusDays(20),
        "山西省人民检察院“检察开放日”：代表委员视察检务公开工作",
        "山西省人民检察院办案指挥中心",
        50,
        List.of("13800000331:刘文华:1", "13800000332:陈静:2"));
  }

  private long openDay(StaffIdentity s, LocalDateTime at, String theme, String place, int seats) {
    return openDays.schedule(
        s, new NewOpenDay(theme, at, at.plusHours(3), place, seats, at.minusDays(1)));
  }

  /** Scheduled a month ahead, booked, and held: each step as of its day. */
  private void heldOpenDay(
      StaffIdentity s,
      LocalDateTime at,
      String theme,
      String place,
      int seats,
      List<String> visitors) {
    long[] id = new long[1];
    asOf(
        at.minusDays(30),
        () -> {
          id[0] = openDay(s, at, theme, place, seats);
          openDays.publish(s, id[0]);
          for (String v : visitors) {
            String[] f = v.split(":");
            openDays.book(visitor(f[0]), id[0], f[1], Integer.parseInt(f[2]));
          }
        });
    asOf(at.plusHours(4), () -> openDays.hold(s, id[0]));
  }

  private void hearings(long unit) {
    StaffIdentity cm = staff("casemgmt");
    String[][] roster = {
      {"马建军", "13900000401", "退休教师"},
      {"高秀英", "13900000402", "社区工作者"},
      {"张伟东", "13900000403", "律师"},
      {"任丽萍", "13900000404", "会计师"},
      {"冯志刚", "13900000405", "企业职工"},
      {"白玉兰", "13900000406", "医生"},
      {"贾海涛", "13900000407", "个体工商户"},
      {"韩晓梅", "13900000408", "村委会委员"}
    };
    for (String[] r : roster) {
      supervisors.addSupervisor(cm, r[0], r[1], r[2]);
    }
    List<String> numbers =
        cases.allIds().stream()
            .map(cases::record)
            .filter(c -> c.unitId() == unit)
            .map(c -> c.caseNumber())
            .limit(5)
            .toList();
    if (numbers.size() < 5) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    StaffIdentity handler = staff("handler");
    // Held a month ago, the outcome published.
    LocalDateTime past = today.minusDays(30).atTime(14, 30);
    long[] held = new long[1];
    asOf(
        past.minusDays(10),
        () -> {
          held[0] =
              hearings.schedule(
                  handler,
                  new NewHearing(
                      numbers.get(0),
                      HearingKind.REVIEW,
                      "拟不起诉案件公开审查：一起邻里纠纷引发的轻伤害案件，双方已达成和解",
                      past,
                      "小店区人民检察院听证室",
                      true,
                      10,
                      3));
          hearings.announce(handler, held[0]);
        });
    asOf(
        past.plusHours(3),
        () ->
            hearings.recordOutcome(
                handler, held[0], "经公开审查，听证员和人民监督员一致认为犯罪情节轻微、已赔偿并取得谅解，本院依法作出不起诉决定。"));
    // Announced, with observers and a supervisor excused for a conflict.
    long announced =
        hearings.schedule(
            handler,
            new NewHearing(
                numbers.get(1),
                HearingKind.HEARING,
                "刑事申诉案件公开听证：申诉人对不起诉决定不服",
                today.plusDays(8).atTime(9, 30),
                "小店区人民检察院听证室",
                true,
                12,
                3));
    hearings.announce(handler, announced);
    long first = hearings.invitedSupervisors(handler, announced).get(0);
    hearings.excuse(handler, announced, first, "与申诉人系同一社区居委会成员，申请回避");
    hearings.observe(visitor("13800000341"), announced, "范志明");
    hearings.observe(visitor("13800000342"), announced, "郝丽君");
    long reply =
        hearings.schedule(
            cm,
            new NewHearing(
                numbers.get(2),
                HearingKind.REPLY,
                "国家赔偿案件公开答复",
                today.plusDays(15).atTime(15, 0),
                "小店区人民检察院第二听证室",
                false,
                0,
                2));
    hearings.announce(cm, reply);
    // Scheduled, not yet announced; and one called off.
    hearings.schedule(
        handler,
        new NewHearing(
            numbers.get(3),
            HearingKind.ANNOUNCEMENT,
            "不起诉决定公开宣告",
            today.plusDays(25).atTime(10, 0),
            "小店区人民检察院宣告室",
            true,
            8,
            2));
    long off =
        hearings.schedule(
            handler,
            new NewHearing(
                numbers.get(4),
                HearingKind.REVIEW,
                "审查逮捕案件公开审查",
                today.plusDays(5).atTime(10, 0),
                "小店区人民检察院听证室",
                false,
                0,
                1));
    hearings.cancel(handler, off);
  }
}
