package org.sunshine.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.SunshineApplication;

/**
 * The worker dies, again and again, between the gateway taking a message and the row being marked
 * sent (an Error unwinds the claiming transaction as a killed process would). Afterwards every
 * message was delivered and none twice: the gateway got some twice, and the stable message id let
 * it drop the repeats.
 */
class NotificationCrashTest {

  private static FakeSmsGateway gateway;
  private static ConfigurableApplicationContext node;

  /** What a process killed at that point leaves behind: nothing committed. */
  static final class Killed extends Error {
    Killed() {
      super("killed between sent and marked", null, false, false);
    }
  }

  /** Marks sent, except when the process "dies" first (one time in three). */
  static class DyingRows extends NotificationRows {
    DyingRows(JdbcClient jdbc) {
      super(jdbc);
    }

    @Override
    void sent(long id, Instant at) {
      if (ThreadLocalRandom.current().nextInt(3) == 0) {
        throw new Killed();
      }
      super.sent(id, at);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Dying {
    @Bean
    @Primary
    NotificationRows dyingRows(JdbcClient jdbc) {
      return new DyingRows(jdbc);
    }
  }

  @BeforeAll
  static void start() throws Exception {
    gateway = new FakeSmsGateway();
    node =
        new SpringApplicationBuilder(SunshineApplication.class, Dying.class)
            .profiles("test")
            .run(
                "--server.port=0",
                "--sunshine.data-dir=" + Files.createTempDirectory("sunshine-crash-"),
                "--sunshine.demo.enabled=false",
                "--sunshine.transfer.scheduled=false",
                "--spring.main.allow-bean-definition-overriding=true",
                "--sunshine.notifications.sms-http-url=" + gateway.url(),
                "--sunshine.notifications.sms-http-token=t",
                "--sunshine.notifications.dispatch-every=PT0.1S");
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
    gateway.close();
  }

  @Test
  void aWorkerKilledBetweenSentAndMarkedLosesNothingAndDeliversNothingTwice() {
    JdbcClient db = node.getBean(JdbcClient.class);
    int n = 300;
    for (int i = 0; i < n; i++) {
      db.sql(
              """
              insert into notification (idempotency_key, channel, recipient, address, template, body, status,
                  next_attempt_at, created_at)
              values (?, 'SMS', 'test:crash', ?, 'application.APPROVED', '【阳光检务】测试', 'QUEUED', now(), now())""")
          .params("crash-" + i, "1393333" + String.format("%04d", i))
          .update();
    }
    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () ->
                db.sql(
                            "select count(*) from notification where recipient = 'test:crash' and status = 'SENT'")
                        .query(Long.class)
                        .single()
                    == n);
    for (int i = 0; i < n; i++) {
      assertThat(gateway.count("1393333" + String.format("%04d", i)))
          .as("message %d", i)
          .isEqualTo(1);
    }
    assertThat(gateway.posts.get())
        .as("the worker died after the gateway took some")
        .isGreaterThan(n);
  }
}
