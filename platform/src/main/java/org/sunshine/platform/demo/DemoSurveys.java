package org.sunshine.platform.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.notifications.InboundSms;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.surveys.Surveys;

/**
 * The satisfaction survey in the demo: cases of 小店区 concluded before last month's survey day, with
 * parties, a key witness, a minor and a 举报人 on record, asked on that day; then replies typed as a
 * phone would (through notifications' inbound port): satisfied, "满意!!", full-width digits, 不满意 (one
 * follow-up overdue, one closed, one still open), two replies not understood (one help message),
 * TD, and silence.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "sunshine.demo.enabled", havingValue = "true")
class DemoSurveys implements ApplicationRunner {

  static final String DATA_SET = "surveys-v1";
  private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);
  private static final String UNIT = "140105";

  private final Cases cases;
  private final Surveys surveys;
  private final InboundSms inbound;
  private final StaffAccounts accounts;
  private final Directory directory;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoSurveys(
      Cases cases,
      Surveys surveys,
      InboundSms inbound,
      StaffAccounts accounts,
      Directory directory,
      JdbcClient jdbc,
      Clock clock) {
    this.cases = cases;
    this.surveys = surveys;
    this.inbound = inbound;
    this.accounts = accounts;
    this.directory = directory;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean claimed =
        jdbc.sql("insert into demo_data_set (name, loaded_at) values (?, ?) on conflict do nothing")
                .params(DATA_SET, Timestamp.from(clock.instant()))
                .update()
            == 1;
    if (!claimed || directory.findByCode(UNIT).isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate day = YearMonth.from(today).minusMonths(1).atDay(23);
    try {
      cases.importSystemBatch(new StringReader(String.join("\n", caseLines(day))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int asked = surveys.hold(day);
    reply("13903510101", "1 1 1 1", day.plusDays(1));
    reply("13903510102", "满意!!", day.plusDays(1));
    reply("13903510103", "１ ２ １ ３", day.plusDays(1));
    reply("13903510104", "3，3，2，3", day.plusDays(2));
    reply("13903510105", "不满意", today);
    reply("13903510106", "还行吧", day.plusDays(2));
    reply("13903510106", "一般吧", day.plusDays(3));
    reply("13903510107", "2 2 1 2", day.plusDays(3));
    reply("13903510108", "TD", day.plusDays(1));
    closeOneFollowUp();
    var figures = surveys.figures(directory.findByCode(UNIT).get().id(), YearMonth.from(day));
    log.info(
        "Demo survey: {} asked on {}, {} answered, {} opted out",
        asked,
        day,
        figures.answered(),
        figures.optedOut());
  }

  private void reply(String mobile, String text, LocalDate on) {
    Instant at = on.atTime(LocalTime.of(10, 15)).atZone(clock.getZone()).toInstant();
    inbound.received(mobile, text, at);
  }

  /**
   * Replies are handled after commit, on the listener's thread: wait a little for the follow-ups,
   * then 案管 closes the second (the first stays overdue, the newest open).
   */
  private void closeOneFollowUp() {
    long unit = directory.findByCode(UNIT).orElseThrow().id();
    for (int i = 0; i < 100; i++) {
      List<Long> open = surveys.openFollowUps(unit);
      if (open.size() >= 3) {
        surveys.closeFollowUp(
            accounts.identity("casemgmt").orElseThrow(),
            open.get(1),
            "已电话回访当事人，就办案期间沟通不及时作出解释；已在部门例会通报并要求改进告知工作。");
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    log.warn("Demo survey: the follow-ups did not appear in time; none closed");
  }

  /** Five concluded cases of 小店区, each party with a number ending in its order of reply. */
  private static List<String> caseLines(LocalDate day) {
    List<String> lines = new ArrayList<>();
    String[][] people = {
      // partyNo, name, role, birth, mobile, reporter, keyWitness
      {"S1", "韩志刚", "DEFENDANT", "1978-03-12", "13903510101", "false", "false"},
      {"V1", "冯淑芬", "VICTIM", "1965-07-30", "13903510102", "false", "false"},
      {"W1", "邓永亮", "WITNESS", "1983-11-02", "13903510103", "false", "true"},
      {"W2", "曹丽君", "WITNESS", "1990-05-21", "13903510191", "false", "false"},
      {"S1", "彭建军", "SUSPECT", "1972-01-09", "13903510104", "false", "false"},
      {"V1", "蒋雨桐", "VICTIM", "2010-09-18", "13903510192", "false", "false"},
      {"W1", "袁国强", "WITNESS", "1969-04-04", "13903510193", "true", "true"},
      {"S1", "范文斌", "DEFENDANT", "1988-12-25", "13903510105", "false", "false"},
      {"V1", "许海燕", "VICTIM", "1975-02-14", "13903510106", "false", "false"},
      {"S1", "潘立群", "DEFENDANT", "1981-06-06", "13903510107", "false", "false"},
      {"S1", "戴红梅", "NON_PROSECUTED_PERSON", "1993-08-08", "13903510108", "false", "false"},
      {"V1", "程晓东", "VICTIM", "1986-10-10", "13903510109", "false", "false"}
    };
    int[] caseOf = {0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 4};
    String[] charges = {"盗窃罪", "诈骗罪", "故意伤害罪", "危险驾驶罪", "寻衅滋事罪"};
    for (int c = 0; c < 5; c++) {
      String number = "晋0105检刑诉受〔" + day.getYear() + "〕SV" + (c + 1) + "号";
      StringBuilder parties = new StringBuilder();
      for (int p = 0; p < people.length; p++) {
        if (caseOf[p] != c) {
          continue;
        }
        String[] x = people[p];
        parties
            .append(parties.isEmpty() ? "" : ",")
            .append(
                String.format(
                    "{\"partyNo\":\"%s\",\"name\":\"%s\",\"role\":\"%s\",\"birthDate\":\"%s\",\"mobile\":\"%s\","
                        + "\"reporter\":%s,\"keyWitness\":%s}",
                    x[0], x[1], x[2], x[3], x[4], x[5], x[6]));
      }
      LocalDate accepted = day.minusDays(70 + c * 5L);
      LocalDate concluded = day.minusDays(6 + c * 4L);
      lines.add(
          String.format(
              "{\"record\":\"case\",\"caseNumber\":\"%s\",\"version\":1,\"unit\":\"%s\",\"caseType\":\"PROSECUTION_REVIEW\","
                  + "\"charge\":\"%s\",\"caseTeam\":\"第一检察官办案组\",\"procurator\":\"李明\",\"acceptedOn\":\"%s\","
                  + "\"parties\":[%s]}",
              number, UNIT, charges[c], accepted, parties));
      lines.add(event(number, "SV-A", "ACCEPTED", accepted));
      lines.add(event(number, "SV-C", "CONCLUDED", concluded));
    }
    return lines;
  }

  private static String event(String number, String id, String type, LocalDate on) {
    return String.format(
        "{\"record\":\"event\",\"caseNumber\":\"%s\",\"eventId\":\"%s\",\"partyNo\":null,\"type\":\"%s\",\"on\":\"%s\"}",
        number, id, type, on);
  }
}
