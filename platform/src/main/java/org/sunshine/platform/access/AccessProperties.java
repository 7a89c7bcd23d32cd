package org.sunshine.platform.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param codeValidity how long a one-time code sent by SMS is valid
 * @param codesPerHour codes one mobile number may request in an hour
 * @param maxCodeAttempts wrong entries of one code, or of a 查询码, before it is locked
 * @param grantRetention how long a grant lasts after it is issued (it ends earlier when revoked)
 * @param afterConclusion how long a grant still works after the party's record is concluded
 * @param kioskIdleSeconds the kiosk signs out after this long without a touch
 * @param minimumAnswerMillis every kiosk answer takes at least this long, so timing tells nothing
 * @param publicWritesPerMinute applications and material uploads accepted per client address a
 *     minute
 */
@ConfigurationProperties("sunshine.access")
record AccessProperties(
    Duration codeValidity,
    Integer codesPerHour,
    Integer maxCodeAttempts,
    Duration grantRetention,
    Duration afterConclusion,
    Integer kioskIdleSeconds,
    Integer minimumAnswerMillis,
    Integer publicWritesPerMinute) {

  public AccessProperties {
    codeValidity = codeValidity == null ? Duration.ofMinutes(5) : codeValidity;
    codesPerHour = codesPerHour == null ? 5 : codesPerHour;
    maxCodeAttempts = maxCodeAttempts == null ? 5 : maxCodeAttempts;
    grantRetention = grantRetention == null ? Duration.ofDays(365) : grantRetention;
    afterConclusion = afterConclusion == null ? Duration.ofDays(90) : afterConclusion;
    kioskIdleSeconds = kioskIdleSeconds == null ? 60 : kioskIdleSeconds;
    minimumAnswerMillis = minimumAnswerMillis == null ? 300 : minimumAnswerMillis;
    publicWritesPerMinute = publicWritesPerMinute == null ? 10 : publicWritesPerMinute;
  }
}
