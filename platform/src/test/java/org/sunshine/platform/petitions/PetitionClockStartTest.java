package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;

/** The day a petition's clocks count from is not the filer's to choose. */
@PlatformTest
class PetitionClockStartTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Directory directory;
  @Autowired Petitions petitions;
  @Autowired StaffAccounts accounts;
  @Autowired Clock clock;

  private long xiaodian() {
    return directory.findByCode("140105").orElseThrow().id();
  }

  /**
   * 第一百六十一条: the 7-day and 3-month clocks run from the day the matter reached the unit. A public
   * filing arrives today; a {@code receivedOn} added to the public form must not backdate it
   * (overdue at once, reminders climbing to the deputy chief, the unit's reply rate falsified).
   */
  @Test
  void aPublicFilingIsReceivedTheDayItArrivesWhateverTheFormSays() throws Exception {
    String text = "某所长收受工程老板财物。" + UUID.randomUUID();
    mvc.perform(
        multipart("/petitions/report")
            .param("unitId", String.valueOf(xiaodian()))
            .param("kind", "REPORT")
            .param("text", text)
            .param("password", "secret-42")
            .param("receivedOn", "2020-01-06")
            .with(csrf())
            .with(
                r -> {
                  r.setRemoteAddr("10.77.0.1");
                  return r;
                }));
    LocalDate received =
        jdbc.sql("select received_on from petition where body = ?")
            .param(text)
            .query(LocalDate.class)
            .single();
    assertThat(received).isEqualTo(LocalDate.now(clock));
  }

  /**
   * 第一百六十二条: the clocks restart the day the missing material is complete — a day that has come, not
   * one in the future that would push every deadline out at will.
   */
  @Test
  void materialIsNotCompleteOnADayStillToCome() {
    StaffIdentity kongshen = accounts.identity("kongshen").orElseThrow();
    Receipt r = petitions.register(kongshen, letter(LocalDate.now(clock).minusDays(3)));
    petitions.askForMaterial(kongshen, r.id(), "原审判决书复印件");
    LocalDate later = LocalDate.now(clock).plusMonths(6);
    assertThatThrownBy(() -> petitions.materialComplete(kongshen, r.id(), later))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A letter registered at the desk may have come days before, but not on a day still to come. */
  @Test
  void aMatterRegisteredAtTheDeskIsNotReceivedOnADayStillToCome() {
    StaffIdentity kongshen = accounts.identity("kongshen").orElseThrow();
    NewPetition tomorrow = letter(LocalDate.now(clock).plusDays(1));
    assertThatThrownBy(() -> petitions.register(kongshen, tomorrow))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("receivedOn:");
  }

  /** A 刑事申诉 by letter to 小店区, received on {@code receivedOn}. */
  private NewPetition letter(LocalDate receivedOn) {
    return new NewPetition(
        xiaodian(),
        PetitionKind.CRIMINAL_PETITION,
        PetitionChannel.LETTER,
        "申诉",
        "不服原判决，请求复查。",
        null,
        false,
        false,
        "王秀英",
        null,
        null,
        null,
        null,
        null,
        null,
        receivedOn,
        List.of());
  }
}
