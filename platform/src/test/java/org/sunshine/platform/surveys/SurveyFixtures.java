package org.sunshine.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.cases.Cases;

/**
 * Concluded cases for the survey tests, each with its own survey month (rounds are one per month
 * and the tests share a database) and mobile numbers no other test uses.
 */
final class SurveyFixtures {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final AtomicInteger NEXT_MOBILE = new AtomicInteger();
  private static final int MOBILES = new Random().nextInt(90_000_000);

  private final Cases cases;
  private final JdbcClient jdbc;

  SurveyFixtures(Cases cases, JdbcClient jdbc) {
    this.cases = cases;
    this.jdbc = jdbc;
  }

  /**
   * A survey day of its own: the 23rd of a month from 2001 on (events may not lie in the future),
   * one per call.
   */
  static LocalDate surveyDay() {
    return LocalDate.of(2001, 1, 23).plusMonths(NEXT.getAndIncrement());
  }

  /** A mobile number of its own. */
  static String mobile() {
    return "139" + String.format("%08d", MOBILES + NEXT_MOBILE.getAndIncrement());
  }

  /** A party as the case record sends it. */
  static String party(
      String no, String role, LocalDate birth, String mobile, boolean reporter, boolean key) {
    return String.format(
        "{\"partyNo\":\"%s\",\"name\":\"测试%s\",\"role\":\"%s\",\"birthDate\":%s,\"mobile\":\"%s\","
            + "\"reporter\":%s,\"keyWitness\":%s}",
        no, no, role, birth == null ? "null" : "\"" + birth + "\"", mobile, reporter, key);
  }

  /** Imports a case of 小店区 concluded on that day; returns its number. */
  String concluded(LocalDate concludedOn, String... parties) throws Exception {
    String number = open(concludedOn.minusDays(40), parties);
    conclude(number, concludedOn);
    return number;
  }

  /** Imports a case of 小店区 accepted on that day, still running; returns its number. */
  String open(LocalDate acceptedOn, String... parties) throws Exception {
    String number = "晋0105检刑诉受〔2001〕SVT" + System.nanoTime() % 100_000_000 + "号";
    String c =
        String.format(
            "{\"record\":\"case\",\"caseNumber\":\"%s\",\"version\":1,\"unit\":\"140105\","
                + "\"caseType\":\"PROSECUTION_REVIEW\",\"charge\":\"盗窃罪\",\"caseTeam\":\"第一检察官办案组\","
                + "\"acceptedOn\":\"%s\",\"parties\":[%s]}",
            number, acceptedOn, String.join(",", parties));
    assertThat(cases.importSystemBatch(new StringReader(c)).errors()).isEmpty();
    return number;
  }

  /** The case's record concludes (审结) on that day. */
  void conclude(String number, LocalDate on) throws Exception {
    String e =
        String.format(
            "{\"record\":\"event\",\"caseNumber\":\"%s\",\"eventId\":\"C\",\"partyNo\":null,"
                + "\"type\":\"CONCLUDED\",\"on\":\"%s\"}",
            number, on);
    assertThat(cases.importSystemBatch(new StringReader(e)).errors()).isEmpty();
  }

  /** The numbers asked about a case. */
  List<String> askedAbout(String caseNumber) {
    return jdbc.sql("select mobile from survey_invitation where case_number = ? order by mobile")
        .param(caseNumber)
        .query(String.class)
        .list();
  }

  /** The texts sent to a number with a template, oldest first. */
  List<String> sms(String mobile, String template) {
    return jdbc.sql(
            "select body from notification where address = ? and channel = 'SMS' and template = ?"
                + " order by id")
        .params(mobile, template)
        .query(String.class)
        .list();
  }

  /** The web form's token, as the SMS carries it. */
  String token(String mobile) {
    String body = sms(mobile, "survey").get(0);
    return body.replaceAll("(?s).*/survey/([A-Za-z0-9_-]+).*", "$1");
  }

  /** Waits for what an after-commit listener does. */
  static <T> T eventually(Supplier<T> value, Predicate<T> done) throws InterruptedException {
    T v = value.get();
    for (int i = 0; i < 100 && !done.test(v); i++) {
      Thread.sleep(100);
      v = value.get();
    }
    return v;
  }
}
