package org.sunshine.platform.texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;

/** The words of refusals and labels come from the bundles, resolved when the refusal is made. */
class TextsTest {

  @Test
  void aRefusalCarriesItsKeyAndFieldAndReadsAsTheBundlesText() {
    BadInput refusal = BadInput.at("reason", "hearings.open-day.cancel.reason-required");

    assertThat(refusal.getMessage()).isEqualTo("reason: 请填写取消原因，将通知已预约的群众");
    assertThat(refusal.reason().key()).isEqualTo("hearings.open-day.cancel.reason-required");
    assertThat(refusal.reason().field()).contains("reason");
    assertThat(refusal.reason().text()).isEqualTo("请填写取消原因，将通知已预约的群众");
  }

  @Test
  void aRefusalWithoutAFieldIsTheTextAlone() {
    Conflict refusal = Conflict.of("approval.approvals.closed", "已通过");

    assertThat(refusal.getMessage()).isEqualTo("该审批已结束（已通过）");
    assertThat(refusal.reason().field()).isEqualTo(Optional.empty());
    assertThat(refusal.reason().args()).isEqualTo(List.of("已通过"));
    assertThat(Forbidden.of("transfer.transfer-controller.forbidden").getMessage())
        .isEqualTo("数据交换须省级院系统管理员或案件管理部门");
  }

  /** Numbers read as Java's + wrote them before: a year is 2026, not MessageFormat's 2,026. */
  @Test
  void argumentsAreWrittenAsJavaWritesThem() {
    assertThat(Texts.text("statistics.monthly-reports.title", "阳泉市院", 2026, 12))
        .isEqualTo("阳泉市院 2026年12月通报");
    assertThat(Texts.text("cases.deadline.day-of", "审查起诉", 25, 30)).isEqualTo("审查起诉 第25日 / 共30日");
  }

  @Test
  void aKeyNoBundleHoldsFailsRatherThanShowingTheKey() {
    assertThatThrownBy(() -> Texts.text("cases.no-such.key"))
        .isInstanceOf(NoSuchMessageException.class);
  }
}
