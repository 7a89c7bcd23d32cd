package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.infrastructure.KeyRotations;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

/** A petitioner's ID number is stored encrypted, bound to the petition (ADR 27). */
@PlatformTest
class PetitionerIdNumberAtRestTest {

  @Autowired Petitions petitions;
  @Autowired PetitionRows rows;
  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  void aPetitionersIdNumberIsNotStoredInClearAndStillReadsAfterARotation() {
    String idNumber = "140105197203154417";
    Receipt r =
        petitions.register(
            accounts.identity("kongshen").orElseThrow(),
            new NewPetition(
                directory.findByCode("140105").orElseThrow().id(),
                PetitionKind.ACCUSATION,
                PetitionChannel.LETTER,
                "反映拖欠工资",
                "某公司拖欠工资半年，请依法处理。",
                null,
                false,
                false,
                "韩立新",
                "13744440017",
                idNumber,
                "太原市小店区亲贤北街 9 号",
                null,
                null,
                null,
                LocalDate.now(),
                List.of()));

    assertThat(stored(r.id())).matches("e[0-9a-f]{8}:.+").doesNotContain(idNumber);
    assertThat(rows.petitioner(r.id()).orElseThrow().idNumber()).isEqualTo(idNumber);

    String before = stored(r.id());
    KeyRotations.rotate(context);
    assertThat(stored(r.id())).as("re-encrypted under the new key").isNotEqualTo(before);
    assertThat(rows.petitioner(r.id()).orElseThrow().idNumber()).isEqualTo(idNumber);
  }

  private String stored(long petitionId) {
    return jdbc.sql("select id_number from petitioner where petition_id = ?")
        .param(petitionId)
        .query(String.class)
        .single();
  }
}
