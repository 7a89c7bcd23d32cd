package org.sunshine.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.cases.CaseProbe;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.infrastructure.KeyRotations;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;

/**
 * ID numbers are kept only as a keyed hash beside their last four digits (ADR 27): a plain SHA-256
 * of an 18-digit number whose last four, birth date and region are known falls to about 10^8
 * guesses; an HMAC needs the key, which is not in the database.
 */
@PlatformTest
class KeyedIdHashTest {

  private static final String ID = "140105199001011234";
  private static final byte[] PDF = "%PDF-1.4 test".getBytes();
  private static final AtomicInteger MOBILE = new AtomicInteger();
  private static final AtomicInteger NEXT = new AtomicInteger();

  @Autowired Applicants applicants;
  @Autowired AccessApplications applications;
  @Autowired CaseStatusQueries queries;
  @Autowired Cases cases;
  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;
  @Autowired KeyedIdHashes keyedIdHashes;

  @Test
  void anIdNumberIsStoredKeyedAndStillFoundAfterAKeyRotation() {
    long application = anApplication();
    String code = approve(application);
    String stored = storedHash(application);
    assertThat(stored).matches("h[0-9a-f]{8}:[0-9a-f]{64}").doesNotContain(Hashes.idNumber(ID));

    assertThat(KeyRotations.rotate(context)).isPositive();

    assertThat(storedHash(application))
        .as("re-keyed on top of the old key, without the ID number")
        .matches("h[0-9a-f]{8}\\.h[0-9a-f]{8}:[0-9a-f]{64}")
        .startsWith(stored.substring(0, 9) + ".");
    assertThat(queries.kiosk(code, ID)).isPresent();
    assertThat(queries.kiosk(code, "110101199001011111")).isEmpty();
    assertThat(queries.kiosk(code, ID)).isPresent();
  }

  @Test
  void aPlainIdHashFromBeforeKeysIsKeyedWithoutTheIdNumber() {
    long application = anApplication();
    String code = approve(application);
    String plain = Hashes.idNumber(ID); // as V6 stored it
    jdbc.sql("update access_application set id_number_hash = ? where id = ?")
        .params(plain, application)
        .update();
    jdbc.sql("update case_access_grant set id_number_hash = ? where application_id = ?")
        .params(plain, application)
        .update();
    assertThat(queries.kiosk(code, ID)).as("a plain hash is still read").isPresent();

    assertThat(keyedIdHashes.rekey()).isGreaterThanOrEqualTo(2);

    assertThat(storedHash(application)).matches("h[0-9a-f]{8}:[0-9a-f]{64}");
    assertThat(
            jdbc.sql("select count(*) from case_access_grant where id_number_hash = ?")
                .param(plain)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(queries.kiosk(code, ID)).isPresent();
    assertThat(queries.kiosk(code, "110101199001011111")).isEmpty();
  }

  private String storedHash(long application) {
    return jdbc.sql("select id_number_hash from access_application where id = ?")
        .param(application)
        .query(String.class)
        .single();
  }

  private String approve(long application) {
    return applications
        .decide(staff("casemgmt"), application, AccessApplications.Verdict.APPROVE, null)
        .queryCode();
  }

  /** A party of its own from the middle of the demo's cases, away from the other access tests. */
  private long anApplication() {
    List<Long> ids = CaseProbe.disclosableCaseIds(cases, staff("casemgmt"));
    CaseView c = cases.view(staff("casemgmt"), ids.get(ids.size() / 2 + NEXT.getAndIncrement()));
    var suspect = c.accused().get(0);
    String mobile = "137" + String.format("%08d", MOBILE.incrementAndGet());
    applicants.sendCode(mobile);
    long applicant = applicants.signIn(mobile, OneTimeCodes.lastSentTo(jdbc, mobile)).orElseThrow();
    List<MaterialUpload> materials =
        Relation.PARTY.required().stream()
            .map(kind -> new MaterialUpload(kind, kind + ".pdf", "application/pdf", PDF))
            .toList();
    return applications.submit(
        applicant,
        new ApplicationForm(
            c.caseNumber(),
            suspect.name(),
            Relation.PARTY,
            "申请人乙",
            ID,
            null,
            null,
            directory.findByCode("140105").orElseThrow().id()),
        materials);
  }

  private StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }
}
