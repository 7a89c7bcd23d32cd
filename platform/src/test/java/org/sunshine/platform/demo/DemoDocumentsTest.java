package org.sunshine.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class DemoDocumentsTest {

  @Autowired JdbcClient jdbc;

  @Test
  void theDemoDocumentsGoThroughTheWorkflowAndSomeArePublished() {
    Map<String, Long> byStatus =
        jdbc
            .sql("select status, count(*) as n from legal_document group by status")
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(byStatus.getOrDefault("PUBLISHED", 0L)).isPositive();
    // APPROVED: indictments through the chain before the court's judgment wait for it (issue 15).
    assertThat(byStatus).containsKeys("DRAFT", "IN_APPROVAL", "APPROVED");
    assertThat(
            jdbc.sql("select count(*) from case_release where status = 'PUBLISHED'")
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(
            jdbc.sql("select count(*) from approval_decision where decision = 'APPROVED'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void theDemoDocumentsWerePublishedOverThePastYearNotAllOnTheDayOfTheFirstStart() {
    LocalDate today = LocalDate.now();
    List<LocalDate> published =
        jdbc.sql("select published_on from published_document")
            .query((rs, n) -> rs.getDate(1).toLocalDate())
            .list();
    assertThat(published).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(today));
    assertThat(published.stream().map(YearMonth::from).distinct().count())
        .isGreaterThanOrEqualTo(4);
    assertThat(published).anySatisfy(d -> assertThat(d).isBefore(today.minusMonths(6)));
    // The approvals that published them are dated with them, not today.
    assertThat(
            jdbc.sql("select count(*) from approval_decision where decided_at < ?")
                .param(Timestamp.valueOf(today.minusMonths(3).atStartOfDay()))
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void noPublishedDemoDocumentContainsANameOrIdentityNumberOfItsCase() {
    List<String[]> leaks =
        jdbc.sql(
                """
                select pd.document_number, p.name from published_document pd
                join legal_document d on d.id = pd.document_id
                join case_party p on p.case_id = d.case_id
                where position(p.name in pd.text) > 0 or position(p.name in pd.public_title) > 0
                   or (p.id_number is not null and position(p.id_number in pd.text) > 0)""")
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    assertThat(leaks).isEmpty();
  }
}
