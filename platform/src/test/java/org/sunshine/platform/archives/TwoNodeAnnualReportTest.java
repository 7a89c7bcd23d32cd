package org.sunshine.platform.archives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.transfer.TwoNodes;
import org.sunshine.platform.transfer.TwoNodesExtension;

/** A unit's annual report, approved and published inside, is read on the public node. */
@ExtendWith(TwoNodesExtension.class)
class TwoNodeAnnualReportTest {

  static TwoNodes nodes;

  @BeforeAll
  static void start(TwoNodes pair) {
    nodes = pair;
    nodes.moveToPublic(true); // the directory
  }

  private static StaffIdentity inside(String username) {
    return nodes.internal(StaffAccounts.class).identity(username).orElseThrow();
  }

  private static long reportsOutside(long unit, int year) {
    return nodes
        .publicDb()
        .sql(
            "select count(*) from annual_report where unit_id = ? and year = ?"
                + " and status = 'PUBLISHED'")
        .params(unit, year)
        .query(Long.class)
        .single();
  }

  @Test
  void anAnnualReportPublishedInsideIsReadOnThePublicSiteOnceAndNoDraftCrosses() throws Exception {
    long unit = nodes.internal(Directory.class).findByCode("140105").orElseThrow().id();
    int year = 2025;
    Archives archives = nodes.internal(Archives.class);
    long report = archives.draftAnnualReport(unit, year);
    nodes.moveToPublic(false);
    assertThat(reportsOutside(unit, year)).as("a draft stays inside").isZero();

    archives.writeAnnualReport(inside("casemgmt"), report, "判决生效信息回传滞后，已建立每周对账。", "开展两次专项检查。");
    archives.submitAnnualReport(inside("casemgmt"), report);
    archives.decideAnnualReport(inside("deputy"), report, true, "同意");
    archives.decideAnnualReport(inside("chief"), report, true, "同意公开");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              nodes.moveToPublic(false);
              return reportsOutside(unit, year) == 1;
            });
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + nodes.publicPort()
                                + "/reports/annual?year="
                                + year))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("小店区");

    // Everything sent again changes nothing outside.
    nodes.moveToPublic(true);
    assertThat(reportsOutside(unit, year)).isEqualTo(1);
  }
}
