package org.sunshine.platform.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The publication module alone (with organisation, which it depends on, and the embedded database
 * from infrastructure): what it stores of a release, what the public reads, and what it refuses.
 */
@ApplicationModuleTest(
    mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
    extraIncludes = "infrastructure")
@ActiveProfiles("test")
class PublicationModuleTest {

  private static final AtomicLong IDS = new AtomicLong(900_000);

  @Autowired Publications publications;
  @Autowired PublishedReleases published;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  private long unit;

  @BeforeEach
  void aUnit() {
    unit =
        jdbc.sql(
                """
                insert into procuratorate (code, name, short_name, level) values (?, ?, ?, 'SUPREME')
                on conflict (code) do update set name = excluded.name returning id""")
            .params("T-SUPREME", "测试最高院", "测试院")
            .query(Long.class)
            .single();
  }

  private long publish(String title) {
    long id = IDS.incrementAndGet();
    tx.executeWithoutResult(
        s ->
            publications.publishRelease(
                new ReleaseEdition(
                    id, unit, null, "TYPICAL_CASE", title, "正文", LocalDate.now(), "press")));
    return id;
  }

  @Test
  void nothingIsPublishedOutsideAWorkflowsTransaction() {
    assertThatThrownBy(
            () ->
                publications.publishRelease(
                    new ReleaseEdition(1, unit, null, "OTHER", "t", "b", LocalDate.now(), "x")))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void aPublishedReleaseCannotBeChangedInTheDatabase() {
    long id = publish("不可更改的信息");
    assertThatThrownBy(
            () ->
                jdbc.sql("update published_release set title = '改过的' where release_id = ?")
                    .param(id)
                    .update())
        .hasMessageContaining("immutable");
    assertThatThrownBy(
            () -> jdbc.sql("delete from published_release where release_id = ?").param(id).update())
        .hasMessageContaining("immutable");
  }

  @Test
  void aWithdrawnReleaseShowsOnlyItsNoticeAndLeavesTheList() {
    long id = publish("将撤回的信息");
    tx.executeWithoutResult(s -> publications.withdrawRelease(id, unit, "信息有误"));
    PublicRelease r = published.find(id).orElseThrow();
    assertThat(r.withdrawn()).isTrue();
    assertThat(r.title()).isEqualTo(PublishedReleases.WITHDRAWN_TITLE);
    assertThat(r.body()).isNull();
    assertThat(r.withdrawalReason()).isEqualTo("信息有误");
    assertThat(published.list(unit, null, 0, 100)).noneMatch(x -> x.id() == id);
  }

  @Test
  void aPinnedReleaseListsFirstUntilItsDate() {
    long pinned = publish("置顶的信息");
    publish("较新的信息");
    tx.executeWithoutResult(
        s -> publications.pinRelease(pinned, unit, 2, LocalDate.now().plusDays(3)));
    assertThat(published.list(unit, null, 0, 1)).singleElement().matches(PublicRelease::pinned);
    assertThat(published.list(unit, null, 0, 1).get(0).id()).isEqualTo(pinned);
  }
}
