package org.sunshine.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
@RecordApplicationEvents
@TestPropertySource(properties = "sunshine.notifications.sms-inbound-token=reply-token")
class SmsReplyApiTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationEvents events;
  @Autowired Notifications notifications;
  @Autowired JdbcClient jdbc;

  private void reply(String mobile, String text, String token, int expected) throws Exception {
    mvc.perform(
            post("/api/import/sms-replies")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"mobile\":\"" + mobile + "\",\"text\":\"" + text + "\"}"))
        .andExpect(status().is(expected));
  }

  @Test
  void replyingTdDeclinesOptionalSmsAndDyConsentsAgain() throws Exception {
    String who = "applicant:reply-test";
    notifications.send(
        new Message(
            "seed",
            who,
            Set.of(MessageChannel.SMS),
            "13977778888",
            null,
            "application.APPROVED",
            List.of(),
            null,
            false,
            false,
            null));
    reply("13977778888", " td ", "reply-token", 200);
    assertThat(notifications.consents(who, MessageChannel.SMS)).isFalse();
    reply("13977778888", "订阅", "reply-token", 200);
    assertThat(notifications.consents(who, MessageChannel.SMS)).isTrue();
  }

  @Test
  void aReplyIsHandedOnWithTheTimeTheGatewayReceivedItAndAMalformedTimeIsRefused()
      throws Exception {
    mvc.perform(
            post("/api/import/sms-replies")
                .header("Authorization", "Bearer reply-token")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"mobile\":\"13977775555\",\"text\":\" 1 1 2 1 \","
                        + "\"receivedAt\":\"2026-11-24T02:15:00Z\"}"))
        .andExpect(status().isOk());
    assertThat(events.stream(SmsReplyReceived.class))
        .containsExactly(
            new SmsReplyReceived("13977775555", "1 1 2 1", Instant.parse("2026-11-24T02:15:00Z")));
    mvc.perform(
            post("/api/import/sms-replies")
                .header("Authorization", "Bearer reply-token")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"mobile\":\"13977775555\",\"text\":\"1\",\"receivedAt\":\"yesterday\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(startsWith("receivedAt:")));
  }

  @Test
  void aReplyWithoutTheGatewaysTokenIsRefused() throws Exception {
    reply("13977778888", "TD", "wrong", 401);
  }

  @Test
  void aDeliveryReceiptMarksTheMessageDeliveredAndAFailedOneJoinsTheDeadLetters() throws Exception {
    String who = "applicant:receipt-test";
    notifications.send(
        new Message(
            "r",
            who,
            Set.of(MessageChannel.SMS),
            "13977776666",
            null,
            "application.APPROVED",
            List.of(),
            null,
            false,
            false,
            null));
    long id =
        jdbc.sql("select id from notification where recipient = ?")
            .param(who)
            .query(Long.class)
            .single();
    // A receipt speaks of a message the gateway took: wait until the dispatcher has handed it over
    // (after commit, on its own thread, behind whatever else the suite queued).
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                jdbc.sql("select status from notification where id = ?")
                    .param(id)
                    .query(String.class)
                    .single()
                    .equals("SENT"));
    mvc.perform(
            post("/api/import/sms-receipts")
                .header("Authorization", "Bearer reply-token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":\"sunshine-" + id + "\",\"status\":\"DELIVERED\"}"))
        .andExpect(status().isOk());
    assertThat(
            jdbc.sql("select status from notification where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("DELIVERED");
  }
}
