package org.sunshine.platform.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The release aggregate's transitions, without Spring: each illegal one fails with its reason. */
class ReleaseTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private static Release in(ReleaseStatus status) {
    return new Release(
        new ReleaseRows.Row(
            7,
            4,
            "TYPICAL_CASE",
            "标题",
            "正文",
            null,
            status,
            Escalation.UPPER,
            null,
            0,
            null,
            status == ReleaseStatus.PUBLISHED ? TODAY : null,
            null,
            null,
            "handler"));
  }

  @Test
  void onlyADraftIsEditedOrSubmitted() {
    Release r = in(ReleaseStatus.IN_APPROVAL);
    assertThatThrownBy(() -> r.edit("新标题", "新正文")).hasMessageContaining("只有草稿可以修改");
    assertThatThrownBy(r::submit).hasMessageContaining("只有草稿可以提交审批");
  }

  @Test
  void aSubmittedReleaseIsDecidedFirstByItsOwnUnit() {
    Release r = in(ReleaseStatus.DRAFT);
    r.submit();
    assertThat(r.status()).isEqualTo(ReleaseStatus.IN_APPROVAL);
    assertThat(r.approvalUnitId()).isEqualTo(4L);
    r.escalateTo(2);
    assertThat(r.approvalUnitId()).isEqualTo(2L);
    r.approve(2);
    assertThat(r.status()).isEqualTo(ReleaseStatus.APPROVED);
  }

  @Test
  void aReturnedReleaseIsADraftAgain() {
    Release r = in(ReleaseStatus.IN_APPROVAL);
    r.returnToDraft();
    assertThat(r.status()).isEqualTo(ReleaseStatus.DRAFT);
    assertThat(r.approvalUnitId()).isNull();
  }

  @Test
  void nothingUnapprovedIsPublished() {
    for (ReleaseStatus s :
        new ReleaseStatus[] {
          ReleaseStatus.DRAFT, ReleaseStatus.IN_APPROVAL, ReleaseStatus.PUBLISHED
        }) {
      assertThatThrownBy(() -> in(s).publish(TODAY))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("未经审批的信息不能发布");
    }
  }

  @Test
  void onlyAPublishedReleaseIsPinnedOrWithdrawn() {
    Release r = in(ReleaseStatus.APPROVED);
    assertThatThrownBy(() -> r.pin(1, TODAY, TODAY)).hasMessageContaining("只有已发布的信息可以置顶");
    assertThatThrownBy(() -> r.withdraw("有误", Instant.EPOCH)).hasMessageContaining("只有已发布的信息可以撤回");
  }

  @Test
  void aPinNeedsALevelUpToThreeAndAnEndNotInThePast() {
    Release r = in(ReleaseStatus.PUBLISHED);
    assertThatThrownBy(() -> r.pin(4, TODAY, TODAY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.pin(1, TODAY.minusDays(1), TODAY))
        .isInstanceOf(IllegalArgumentException.class);
    r.pin(0, TODAY.minusDays(1), TODAY);
    assertThat(r.pinnedUntil()).isNull();
  }

  @Test
  void aWithdrawalIsFinalAndNeedsAPublicReason() {
    Release r = in(ReleaseStatus.PUBLISHED);
    assertThatThrownBy(() -> r.withdraw(" ", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    r.withdraw(" 信息有误 ", Instant.EPOCH);
    assertThat(r.withdrawalReason()).isEqualTo("信息有误");
    assertThatThrownBy(() -> r.withdraw("再次", Instant.EPOCH)).hasMessageContaining("只有已发布的信息可以撤回");
  }
}
