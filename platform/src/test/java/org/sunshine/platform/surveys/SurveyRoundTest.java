package org.sunshine.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunshine.platform.surveys.SurveyFixtures.eventually;
import static org.sunshine.platform.surveys.SurveyFixtures.mobile;
import static org.sunshine.platform.surveys.SurveyFixtures.party;
import static org.sunshine.platform.surveys.SurveyFixtures.surveyDay;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.notifications.InboundSms;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.petitions.NewPetition;
import org.sunshine.platform.petitions.PetitionChannel;
import org.sunshine.platform.petitions.PetitionKind;
import org.sunshine.platform.petitions.Petitions;
import org.sunshine.platform.support.PlatformTest;

/** Who a round asks (seed 003, issue 20), each test on its own survey month. */
@PlatformTest
class SurveyRoundTest {

  @Autowired Cases cases;
  @Autowired JdbcClient jdbc;
  @Autowired Surveys surveys;
  @Autowired InboundSms inbound;
  @Autowired Petitions petitions;
  @Autowired StaffAccounts accounts;
  @Autowired SurveyRounds rounds;
  @Autowired LawyerGrants grants;
  @Autowired Clock clock;

  private SurveyFixtures f;

  @BeforeEach
  void fixtures() {
    f = new SurveyFixtures(cases, jdbc);
  }

  private Map<String, Object> invitation(String mobile) {
    return jdbc.sql(
            "select status, channel, s_procedure, s_ability, s_civility, s_integrity, bad_replies, id"
                + " from survey_invitation where mobile = ?")
        .param(mobile)
        .query()
        .singleRow();
  }

  /** One adult defendant with this number, asked on a round of its own; returns the case number. */
  private String askedAlone(String mobile) throws Exception {
    LocalDate day = surveyDay();
    String number =
        f.concluded(
            day.minusDays(4), party("S1", "DEFENDANT", day.minusYears(30), mobile, false, false));
    surveys.hold(day);
    assertThat(f.askedAbout(number)).containsExactly(mobile);
    return number;
  }

  @Test
  void nobodyUnder18OrAnyReporterIsSurveyed() throws Exception {
    LocalDate day = surveyDay();
    String adult = mobile();
    String minor = mobile();
    String justEighteen = mobile();
    String flaggedReporter = mobile();
    String ordinaryWitness = mobile();
    String noBirthDate = mobile();
    String reportedTheCase = mobile();
    String keyWitness = mobile();
    String number =
        f.concluded(
            day.minusDays(5),
            party("S1", "DEFENDANT", day.minusYears(40), adult, false, false),
            party("V1", "VICTIM", day.minusYears(18).plusDays(1), minor, false, false),
            party("V2", "VICTIM", day.minusYears(18), justEighteen, false, false),
            party("W1", "WITNESS", day.minusYears(50), flaggedReporter, true, true),
            party("W2", "WITNESS", day.minusYears(50), ordinaryWitness, false, false),
            party("V3", "VICTIM", null, noBirthDate, false, false),
            party("W3", "WITNESS", day.minusYears(35), reportedTheCase, false, true),
            party("W4", "WITNESS", day.minusYears(35), keyWitness, false, true));
    var office = accounts.identity("kongshen").orElseThrow();
    petitions.register(
        office,
        new NewPetition(
            office.unitId(),
            PetitionKind.REPORT,
            PetitionChannel.LETTER,
            "举报盗窃线索",
            "举报人提供的线索。",
            number,
            false,
            true,
            "举报人",
            // Typed at the window as the reporter said it: still the same number.
            "+86 " + reportedTheCase.substring(0, 3) + " " + reportedTheCase.substring(3),
            null,
            null,
            null,
            null,
            null,
            LocalDate.now(clock),
            List.of(),
            null));

    int asked = surveys.hold(day);

    assertThat(f.askedAbout(number)).containsExactlyInAnyOrder(adult, justEighteen, keyWitness);
    assertThat(asked).isEqualTo(3);
    for (String never :
        List.of(minor, flaggedReporter, ordinaryWitness, noBirthDate, reportedTheCase)) {
      assertThat(f.sms(never, "survey")).as(never).isEmpty();
    }
    assertThat(f.sms(adult, "survey"))
        .singleElement()
        .asString()
        .contains("/survey/")
        .contains("1 1 2 1")
        .doesNotContain("测试")
        .doesNotContain("盗窃");
  }

  @Test
  void aCaseIsSurveyedOnce() throws Exception {
    LocalDate first = surveyDay();
    LocalDate second = surveyDay();
    String m = mobile();
    String number =
        f.concluded(
            first.minusDays(3), party("S1", "DEFENDANT", first.minusYears(30), m, false, false));
    assertThat(surveys.hold(first)).isEqualTo(1);
    assertThat(surveys.hold(first)).as("the month's round held again").isZero();
    // Another record of the case concludes later: the case is in the next month's window too.
    String again =
        String.format(
            "{\"record\":\"event\",\"caseNumber\":\"%s\",\"eventId\":\"C2\",\"partyNo\":null,"
                + "\"type\":\"CONCLUDED\",\"on\":\"%s\"}",
            number, second.minusDays(3));
    assertThat(cases.importSystemBatch(new StringReader(again)).rejected()).isZero();
    surveys.hold(second);

    assertThat(f.askedAbout(number)).containsExactly(m);
    assertThat(f.sms(m, "survey")).hasSize(1);
  }

  @Test
  void theCasesDefenceLawyerIsAskedAsCounsel() throws Exception {
    LocalDate day = surveyDay();
    String party = mobile();
    String lawyer = mobile();
    String number =
        f.open(
            day.minusDays(50), party("S1", "DEFENDANT", day.minusYears(30), party, false, false));
    long applicant = grants.applicantFor(lawyer);
    var casemgmt = accounts.identity("casemgmt").orElseThrow();
    byte[] pdf = pdf();
    long application =
        grants.bind(
            applicant,
            new LawyerGrants.Binding(
                number,
                "测试S1",
                true,
                "辩护律师",
                "140105198001011234",
                "11401201012345678",
                "山西测试律师事务所",
                casemgmt.unitId(),
                List.of(
                    new LawyerGrants.File("LAWYER_LICENCE", "l.pdf", "application/pdf", pdf),
                    new LawyerGrants.File("FIRM_LETTER", "f.pdf", "application/pdf", pdf),
                    new LawyerGrants.File("POWER_OF_ATTORNEY", "p.pdf", "application/pdf", pdf))));
    grants.approve(casemgmt, application);
    f.conclude(number, day.minusDays(4));

    surveys.hold(day);

    assertThat(f.askedAbout(number)).containsExactlyInAnyOrder(party, lawyer);
    assertThat(
            jdbc.sql(
                    "select respondent || '|' || recipient from survey_invitation where mobile = ?")
                .param(lawyer)
                .query(String.class)
                .single())
        .isEqualTo("DEFENCE_COUNSEL|applicant:" + applicant);
  }

  @Test
  void theRoundIsHeldOnTheConfiguredDayOrTheFirstRunAfterIt() throws Exception {
    LocalDate day = surveyDay();
    String m = mobile();
    String number =
        f.concluded(
            day.minusDays(9), party("S1", "DEFENDANT", day.minusYears(28), m, false, false));
    new SurveySchedule(rounds, at(day.minusDays(1))).daily();
    assertThat(rounds.held(day)).as("the 22nd").isFalse();
    // The platform was down on the 23rd and the 24th.
    new SurveySchedule(rounds, at(day.plusDays(2))).daily();
    assertThat(rounds.held(day)).isTrue();
    assertThat(f.askedAbout(number)).containsExactly(m);
  }

  @Test
  void aRoundMissedUntilTheMonthsEndIsHeldEarlyTheNextMonth() throws Exception {
    LocalDate day = surveyDay();
    String m = mobile();
    String number =
        f.concluded(day.minusDays(4), party("V1", "VICTIM", day.minusYears(41), m, false, false));
    // Down from the 23rd to the 31st: the 2nd of the next month holds it.
    new SurveySchedule(rounds, at(day.plusMonths(1).withDayOfMonth(2))).daily();
    assertThat(rounds.held(day)).isTrue();
    assertThat(f.askedAbout(number)).containsExactly(m);
  }

  @Test
  void aReplyTdOptsOutAndIsNeverAskedAgain() throws Exception {
    String m = mobile();
    askedAlone(m);
    inbound.received(m, "TD", null);
    assertThat(eventually(() -> invitation(m), r -> "OPTED_OUT".equals(r.get("status"))))
        .containsEntry("status", "OPTED_OUT");
    LocalDate day = surveyDay();
    String other =
        f.concluded(day.minusDays(2), party("V1", "VICTIM", day.minusYears(33), m, false, false));
    surveys.hold(day);
    assertThat(f.askedAbout(other)).isEmpty();
  }

  private Clock at(LocalDate day) {
    return Clock.fixed(day.atTime(10, 0).atZone(clock.getZone()).toInstant(), clock.getZone());
  }

  private static byte[] pdf() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(PDRectangle.A4));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
