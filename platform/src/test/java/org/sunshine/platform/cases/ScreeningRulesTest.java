package org.sunshine.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every screening rule fires on its condition, names itself, and stays silent on a complete,
 * ordinary record.
 */
class ScreeningRulesTest {

  private static final ScreeningRules.Facts ORDINARY =
      new ScreeningRules.Facts(
          "盗窃罪",
          LocalDate.of(2026, 3, 1),
          "李明轩",
          false,
          "张三",
          LocalDate.of(1990, 1, 1),
          LocalDate.of(2026, 1, 5),
          "中国",
          null);

  private static List<String> fired(ScreeningRules.Facts f) {
    return ScreeningRules.ALL.stream()
        .filter(r -> r.check().apply(f).isPresent())
        .map(ScreeningRules.Rule::id)
        .toList();
  }

  @Test
  void anOrdinaryCompleteRecordPassesEveryRule() {
    assertThat(fired(ORDINARY)).isEmpty();
  }

  @Test
  void chargesEndangeringNationalSecurityAreWithheld() {
    var f =
        new ScreeningRules.Facts(
            "间谍罪",
            ORDINARY.acceptedOn(),
            "李",
            false,
            "张三",
            ORDINARY.birthDate(),
            ORDINARY.offenceOn(),
            "中国",
            null);
    assertThat(fired(f)).containsExactly("national-security-charge");
  }

  @Test
  void terrorismChargesAreWithheld() {
    var f =
        new ScreeningRules.Facts(
            "帮助恐怖活动罪",
            ORDINARY.acceptedOn(),
            "李",
            false,
            "张三",
            ORDINARY.birthDate(),
            ORDINARY.offenceOn(),
            "中国",
            null);
    assertThat(fired(f)).containsExactly("terrorism-charge");
  }

  @Test
  void aSuspectUnder18AtTheOffenceIsWithheldEvenIfAdultAtAcceptance() {
    var f =
        new ScreeningRules.Facts(
            "盗窃罪",
            LocalDate.of(2026, 3, 1),
            "李",
            false,
            "张三",
            LocalDate.of(2008, 2, 1),
            LocalDate.of(2026, 1, 20),
            "中国",
            null);
    assertThat(fired(f)).containsExactly("minor-at-offence");
  }

  @Test
  void seniorOfficialsAndSecretCasesAreWithheld() {
    var f =
        new ScreeningRules.Facts(
            "受贿罪",
            ORDINARY.acceptedOn(),
            "李",
            true,
            "张三",
            ORDINARY.birthDate(),
            ORDINARY.offenceOn(),
            "中国",
            "省部级副职");
    assertThat(fired(f)).containsExactlyInAnyOrder("secret-case", "senior-official");
  }

  @Test
  void incompleteDataBlocksWithTheMissingFieldNamed() {
    var f = new ScreeningRules.Facts(null, null, null, false, "张三", null, null, null, null);
    assertThat(fired(f))
        .containsExactlyInAnyOrder(
            "missing-nationality",
            "missing-birth-date",
            "missing-charge",
            "missing-accepted-date",
            "missing-procurator");
    assertThat(ScreeningRules.ALL.stream().filter(r -> r.id().startsWith("missing")))
        .allMatch(r -> r.outcome() == ScreeningOutcome.BLOCKED_INCOMPLETE);
  }
}
