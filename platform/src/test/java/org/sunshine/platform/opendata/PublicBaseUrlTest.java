package org.sunshine.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicBaseUrlTest {

  @Test
  void thePublicBaseUrlIsAnAbsoluteHttpAddressOrNothing() {
    assertThat(FeedsController.base("https://sunshine.example.cn/"))
        .isEqualTo("https://sunshine.example.cn");
    assertThat(FeedsController.base("http://10.0.0.5:8080/portal"))
        .isEqualTo("http://10.0.0.5:8080/portal");
    assertThat(FeedsController.base("")).isEmpty();
    assertThatThrownBy(() -> FeedsController.base("sunshine.example.cn"))
        .hasMessageStartingWith("sunshine.public-base-url:");
    assertThatThrownBy(() -> FeedsController.base("javascript:alert(1)"))
        .isInstanceOf(IllegalStateException.class);
  }
}
