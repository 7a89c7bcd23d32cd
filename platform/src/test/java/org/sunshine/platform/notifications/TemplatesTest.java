package org.sunshine.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  @Test
  void anSmsTemplateWithBracketsOrASkippedPlaceholderIsRefusedAtStartUp() {
    assertThat(
            Templates.problems(
                Map.of(
                    "notification.a.sms", "【假冒签名】您好",
                    "notification.b", "案件 {0} 于 {2}",
                    "notification.c.sms", "x".repeat(500))))
        .containsExactlyInAnyOrder(
            "notification.a.sms contains 【】",
            "notification.b skips a placeholder [0, 2]",
            "notification.c.sms is too long for SMS");
  }

  @Test
  void aWellFormedTemplatePasses() {
    assertThat(Templates.problems(Map.of("notification.ok.sms", "案件 {0} 有新信息：{1,number,#}")))
        .isEmpty();
  }
}
