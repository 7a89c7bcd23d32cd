package org.sunshine.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sunshine.platform.cases.CaseEventType;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.redaction.DocumentType;

class PublicationRulesTest {

  private final PublicationRules defaults = new PublicationRules(null, null);
  // 2026 National Day: 1–7 October off, Saturday 10 October worked (调休).
  private final WorkingCalendar calendar =
      WorkingCalendar.of(
          List.of(
              LocalDate.of(2026, 10, 1),
              LocalDate.of(2026, 10, 2),
              LocalDate.of(2026, 10, 5),
              LocalDate.of(2026, 10, 6),
              LocalDate.of(2026, 10, 7)),
          List.of(LocalDate.of(2026, 10, 10)));

  @Test
  void tenDaysThatEndOnAHolidayMoveToTheNextWorkingDay() {
    // 24 September + 10 days = 4 October, a Sunday inside the holiday: due 8 October.
    assertThat(defaults.dueOn(DocumentType.INDICTMENT, LocalDate.of(2026, 9, 24), calendar))
        .isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void workingDaysSkipTheHolidayButCountTheMakeUpSaturday() {
    PublicationRules courtStyle =
        new PublicationRules(
            Map.of(
                DocumentType.INDICTMENT,
                new PublicationRules.TypeRule(
                    PublicationChannel.INTERNET, CaseEventType.JUDGMENT_EFFECTIVE, 7, true)),
            null);
    // From Wednesday 30 September: 8, 9, 10 (Saturday, worked), 12, 13, 14, 15 October.
    assertThat(courtStyle.dueOn(DocumentType.INDICTMENT, LocalDate.of(2026, 9, 30), calendar))
        .isEqualTo(LocalDate.of(2026, 10, 15));
  }

  @Test
  void kioskAndInternalTypesGoWhereTheRulesSay() {
    assertThat(defaults.rule(DocumentType.ARREST_REFUSAL_DECISION).channel())
        .isEqualTo(PublicationChannel.KIOSK);
    assertThat(defaults.rule(DocumentType.NO_CASE_DECISION).channel())
        .isEqualTo(PublicationChannel.KIOSK);
    assertThat(defaults.rule(DocumentType.OTHER).channel()).isEqualTo(PublicationChannel.INTERNAL);
    assertThat(defaults.rule(DocumentType.INDICTMENT).trigger())
        .isEqualTo(CaseEventType.JUDGMENT_EFFECTIVE);
    assertThat(defaults.rule(DocumentType.NON_PROSECUTION_DECISION).trigger())
        .isEqualTo(CaseEventType.DECISION_ANNOUNCED);
  }

  @Test
  void noDueDateBeforeTheDocumentBecomesPublishable() {
    assertThat(defaults.dueOn(DocumentType.INDICTMENT, null, calendar)).isNull();
  }
}
