package org.sunshine.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the console's outbox shows of a message: nothing anyone reading it could use. */
class SentMessageTest {

  private static SentMessage sms(String body, boolean urgent) {
    return new SentMessage(
        1,
        MessageChannel.SMS,
        "party:7",
        "13812345678",
        body,
        "SENT",
        1,
        null,
        Instant.EPOCH,
        urgent);
  }

  @Test
  void aOneTimeLinkInTheOutboxLosesItsToken() {
    String token = "Zq3xP0aV9mK2LrT8wYb5Nc1Hd6Ej4Gf7";
    SentMessage shown =
        sms("请打开 https://sunshine.example.cn/survey/" + token + " 填写。回复TD退订。", false)
            .masked("（已隐藏）");
    assertThat(shown.body())
        .doesNotContain(token)
        .contains("https://sunshine.example.cn/survey/…")
        .contains("回复TD退订");
    assertThat(shown.address()).isEqualTo("138****5678");
  }

  @Test
  void anUrgentMessageIsNotShownAtAllAndAnOrdinaryOneIsShownAsItWas() {
    assertThat(sms("您的验证码 123456", true).masked("（已隐藏）").body()).isEqualTo("（已隐藏）");
    String plain = "您申请查询的案件有新的程序信息，请登录查看：https://sunshine.example.cn/access";
    assertThat(sms(plain, false).masked("（已隐藏）").body()).isEqualTo(plain);
  }
}
