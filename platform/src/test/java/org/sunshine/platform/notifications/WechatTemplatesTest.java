package org.sunshine.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WechatTemplatesTest {

  @Test
  void aThingOverTwentyCharactersIsCutAndACodeOverThirtyTwoIsRefused() {
    assertThat(WechatTemplates.fitted("thing2", "一二三四五六七八九十一二三四五六七八九十一", "t"))
        .hasSize(20)
        .endsWith("…");
    assertThat(WechatTemplates.fitted("phrase1", "已受理", "t")).isEqualTo("已受理");
    assertThatThrownBy(() -> WechatTemplates.fitted("character_string1", "x".repeat(33), "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("template:");
    assertThatThrownBy(() -> WechatTemplates.fitted("phrase1", "审查起诉阶段", "t"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
