package org.sunshine.platform.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Texts;

/**
 * Applicant accounts: a mobile number proven by a one-time code sent by SMS. No password exists, so
 * none can be printed, told by phone or sent in clear. Codes are limited per number per hour and
 * locked after a few wrong tries.
 */
@Service
class Applicants {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  private final JdbcClient jdbc;
  private final Notifications notifications;
  private final AccessProperties properties;
  private final Clock clock;

  Applicants(
      JdbcClient jdbc, Notifications notifications, AccessProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.notifications = notifications;
    this.properties = properties;
    this.clock = clock;
  }

  static String normalise(String mobile) {
    String m = mobile == null ? "" : mobile.replaceAll("[\\s\\-]", "");
    if (m.startsWith("+86")) {
      m = m.substring(3);
    }
    if (!MOBILE.matcher(m).matches()) {
      throw BadInput.at("mobile", "access.applicants.mobile.format");
    }
    return m;
  }

  /** Sends a six-digit code valid for a few minutes. */
  @Transactional
  public void sendCode(String rawMobile) {
    String mobile = normalise(rawMobile);
    Instant now = clock.instant();
    long recent =
        jdbc.sql("select count(*) from one_time_code where mobile = ? and created_at > ?")
            .params(mobile, Timestamp.from(now.minusSeconds(3600)))
            .query(Long.class)
            .single();
    if (recent >= properties.codesPerHour()) {
      throw new TooManyAttempts(Texts.text("access.applicants.code.too-often"));
    }
    String code = Hashes.digits(6);
    long codeId =
        jdbc.sql(
                """
                insert into one_time_code (mobile, code_hash, expires_at, created_at)
                values (?, ?, ?, ?) returning id""")
            .params(
                mobile,
                Hashes.sha256("otp", mobile, code),
                Timestamp.from(now.plus(properties.codeValidity())),
                Timestamp.from(now))
            .query(Long.class)
            .single();
    // A login code is urgent and goes by SMS only: the inbox is behind the login it opens.
    notifications.send(
        new Message(
            "login-code:" + codeId,
            "mobile:" + mobile,
            Set.of(MessageChannel.SMS),
            mobile,
            null,
            "login-code",
            List.of(code, properties.codeValidity().toMinutes()),
            null,
            true,
            false,
            null));
  }

  /**
   * The applicant's id when the code is right; each wrong entry counts, and a locked code stays
   * locked.
   */
  @Transactional(noRollbackFor = TooManyAttempts.class)
  public Optional<Long> signIn(String rawMobile, String code) {
    String mobile = normalise(rawMobile);
    Instant now = clock.instant();
    var latest =
        jdbc.sql(
                """
            select id, code_hash, attempts from one_time_code
            where mobile = ? and used_at is null and expires_at > ? order by id desc limit 1 for update""")
            .params(mobile, Timestamp.from(now))
            .query((rs, n) -> new long[] {rs.getLong("id"), rs.getInt("attempts")})
            .optional();
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    long id = latest.get()[0];
    if (latest.get()[1] >= properties.maxCodeAttempts()) {
      throw new TooManyAttempts(Texts.text("access.applicants.code.too-many-tries"));
    }
    String stored =
        jdbc.sql("select code_hash from one_time_code where id = ?")
            .param(id)
            .query(String.class)
            .single();
    if (code == null || !Hashes.equal(stored, Hashes.sha256("otp", mobile, code.strip()))) {
      jdbc.sql("update one_time_code set attempts = attempts + 1 where id = ?").param(id).update();
      return Optional.empty();
    }
    jdbc.sql("update one_time_code set used_at = ? where id = ?")
        .params(Timestamp.from(now), id)
        .update();
    long applicant =
        jdbc.sql(
                """
            insert into applicant (mobile, created_at, last_login) values (?, ?, ?)
            on conflict (mobile) do update set last_login = excluded.last_login returning id""")
            .params(mobile, Timestamp.from(now), Timestamp.from(now))
            .query(Long.class)
            .single();
    return Optional.of(applicant);
  }

  @Transactional(readOnly = true)
  public String mobile(long applicantId) {
    return jdbc.sql("select mobile from applicant where id = ?")
        .param(applicantId)
        .query(String.class)
        .single();
  }
}
