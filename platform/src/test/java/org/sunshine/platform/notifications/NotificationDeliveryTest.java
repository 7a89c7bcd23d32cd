package org.sunshine.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.SunshineApplication;

/**
 * Delivery against real peers: a real HTTP server as the SMS gateway, GreenMail as the SMTP server,
 * and two instances of the platform sharing one database, as a deployment behind a load balancer
 * would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationDeliveryTest {

  private static FakeSmsGateway gateway;
  private static FakeWechat wechat;
  private static GreenMail smtp;
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void start() throws Exception {
    gateway = new FakeSmsGateway();
    wechat = new FakeWechat();
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    Path data = Files.createTempDirectory("sunshine-notifications-");
    first = instance(List.of("--sunshine.data-dir=" + data));
    HikariDataSource db = first.getBean(HikariDataSource.class);
    second =
        instance(
            List.of(
                "--sunshine.data-dir=" + data.resolve("second"),
                "--spring.datasource.url=" + db.getJdbcUrl(),
                "--spring.datasource.username=postgres"));
  }

  private static ConfigurableApplicationContext instance(List<String> extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--sunshine.demo.enabled=false",
                "--sunshine.transfer.scheduled=false",
                "--sunshine.notifications.sms-http-url=" + gateway.url(),
                "--sunshine.notifications.sms-http-token=t",
                "--sunshine.notifications.first-retry=PT0S",
                "--sunshine.notifications.max-attempts=3",
                "--sunshine.notifications.dispatch-every=PT0.2S",
                "--sunshine.notifications.wechat.url=" + wechat.url(),
                "--sunshine.notifications.wechat.templates.case-progressed.id=TMPL-PROGRESS",
                "--sunshine.notifications.wechat.templates.case-progressed.page=pages/case/index",
                "--sunshine.notifications.wechat.templates.case-progressed.fields.character_string1={0}",
                "--sunshine.notifications.wechat.templates.case-progressed.fields.thing2={1}",
                "--sunshine.notifications.wechat.templates.case-progressed.fields.time3={2}",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort()));
    args.addAll(extra);
    return new SpringApplicationBuilder(SunshineApplication.class)
        .profiles("test")
        .run(args.toArray(String[]::new));
  }

  @AfterAll
  static void stop() {
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
    smtp.stop();
    gateway.close();
    wechat.close();
  }

  private static void send(ConfigurableApplicationContext node, Message m) {
    node.getBean(TransactionTemplate.class)
        .executeWithoutResult(s -> node.getBean(Notifications.class).send(m));
  }

  private static Message sms(String key, String mobile) {
    return new Message(
        key,
        "test:" + mobile,
        Set.of(MessageChannel.SMS),
        mobile,
        null,
        "application.APPROVED",
        List.of(),
        null,
        false,
        false,
        null);
  }

  private static String status(String mobile) {
    return first
        .getBean(JdbcClient.class)
        .sql("select status || '|' || coalesce(last_error, '') from notification where address = ?")
        .param(mobile)
        .query(String.class)
        .single();
  }

  @Test
  @Order(1)
  void aGatewayAnswering500IsRetriedThenGivenUpWithItsReason() {
    gateway.failing.add("13911110001");
    send(first, sms("down", "13911110001"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> status("13911110001").startsWith("GIVEN_UP"));
    assertThat(status("13911110001")).contains("500");
    assertThat(gateway.count("13911110001")).isZero();
  }

  @Test
  @Order(2)
  void aGivenUpMessageSentAgainFromTheConsoleIsDeliveredOnce() {
    gateway.failing.remove("13911110001");
    long id =
        first
            .getBean(JdbcClient.class)
            .sql("select id from notification where address = '13911110001'")
            .query(Long.class)
            .single();
    assertThat(
            first
                .getBean(NotificationRows.class)
                .requeue(id, Instant.now(), NotificationRows.Scope.of(List.of(), true)))
        .isTrue();
    await().atMost(Duration.ofSeconds(20)).until(() -> status("13911110001").startsWith("SENT"));
    assertThat(gateway.count("13911110001")).isEqualTo(1);
  }

  @Test
  @Order(3)
  void anEmailReachesTheSmtpServerWithItsSubject() throws Exception {
    send(
        first,
        new Message(
            "mail",
            "test:mail",
            Set.of(MessageChannel.EMAIL),
            null,
            "lawyer@example.cn",
            "application.APPROVED",
            List.of(),
            null,
            false,
            false,
            null));
    await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length == 1);
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getSubject()).isEqualTo("案件信息查询申请已通过核验");
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("lawyer@example.cn");
  }

  @Test
  @Order(4)
  void twoInstancesOnOneDatabaseSendEachMessageOnce() {
    // Queued without the after-commit attempt, so both instances' schedules compete for them.
    JdbcClient db = first.getBean(JdbcClient.class);
    for (int i = 0; i < 200; i++) {
      db.sql(
              """
              insert into notification (idempotency_key, channel, recipient, address, template, body, status,
                  next_attempt_at, created_at)
              values (?, 'SMS', 'test:pair', ?, 'application.APPROVED', '【阳光检务】测试', 'QUEUED', now(), now())""")
          .params("pair-" + i, "1392222" + String.format("%04d", i))
          .update();
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                db.sql(
                            "select count(*) from notification where recipient = 'test:pair' and status = 'SENT'")
                        .query(Long.class)
                        .single()
                    == 200);
    for (int i = 0; i < 200; i++) {
      assertThat(gateway.count("1392222" + String.format("%04d", i)))
          .as("message %d", i)
          .isEqualTo(1);
    }
  }

  private static void progress(String who, String mobile) {
    send(
        first,
        new Message(
            "wx-" + mobile,
            who,
            Set.of(MessageChannel.WECHAT),
            mobile,
            null,
            "case-progressed",
            List.of("晋小检刑诉受〔2026〕1号", "延长期限", "2026-12-06"),
            null,
            false,
            true,
            null));
  }

  private static List<String> statuses(String who) {
    return first
        .getBean(JdbcClient.class)
        .sql("select channel || ':' || status from notification where recipient = ? order by id")
        .param(who)
        .query(String.class)
        .list();
  }

  @Test
  @Order(5)
  void aWechatMessageTheUserAcceptsCancelsItsStandbySms() {
    first.getBean(Notifications.class).bindWechat("test:wx-ok", "openid-ok");
    progress("test:wx-ok", "13944440001");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> statuses("test:wx-ok").equals(List.of("WECHAT:SENT", "SMS:CANCELLED")));
    assertThat(wechat.received).anyMatch(b -> b.contains("TMPL-PROGRESS") && b.contains("延长期限"));
    assertThat(gateway.count("13944440001")).isZero();
  }

  @Test
  @Order(6)
  void aWechatMessageTheUserRefusedFallsBackToSms() {
    first.getBean(Notifications.class).bindWechat("test:wx-no", "openid-refuses");
    wechat.refusing.add("openid-refuses");
    progress("test:wx-no", "13944440002");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> statuses("test:wx-no").equals(List.of("WECHAT:REFUSED", "SMS:SENT")));
    assertThat(gateway.count("13944440002")).isEqualTo(1);
  }

  @Test
  @Order(7)
  void withoutABoundWechatAccountTheSmsGoesAtOnce() {
    progress("test:wx-none", "13944440003");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> statuses("test:wx-none").equals(List.of("SMS:SENT")));
  }

  @Test
  @Order(8)
  void aDailyJobRunOnBothInstancesAtOnceSendsEachPersonOneDigest() throws Exception {
    String who = "test:digest-pair";
    first.getBean(Notifications.class).chooseDigest(who, true, "web");
    for (int i = 0; i < 3; i++) {
      send(
          first,
          new Message(
              "news-" + i,
              who,
              Set.of(MessageChannel.SMS),
              "13955550009",
              null,
              "application.APPROVED",
              List.of(),
              null,
              false,
              true,
              null));
    }
    Thread a = new Thread(() -> first.getBean(DigestSchedule.class).send());
    Thread b = new Thread(() -> second.getBean(DigestSchedule.class).send());
    a.start();
    b.start();
    a.join();
    b.join();
    await().atMost(Duration.ofSeconds(20)).until(() -> gateway.count("13955550009") >= 1);
    Thread.sleep(1000);
    assertThat(gateway.count("13955550009")).as("one digest, from one instance").isEqualTo(1);
  }
}
