package org.sunshine.platform.lawyers;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.sunshine.platform.texts.Texts;

/**
 * Settings of the lawyer services ({@code sunshine.lawyers.*}, docs/configuration.md).
 *
 * @param deadlines per request type: days, whether they are working days, and the rule
 * @param readingRoomSlots the reading room's sessions per working day, e.g. {@code 09:00-11:30}
 * @param readingRoomCapacity lawyers per session
 * @param linkValidity how long a link to the stamped electronic file works
 * @param maxUploadBytes the largest file a lawyer may upload
 * @param escalateAfter working days overdue after which the deputy chiefs are reminded too
 * @param complaintDays days to answer a complaint of obstruction
 * @param requestsPerDay requests one lawyer may file in a day (a limit on public writes)
 */
@ConfigurationProperties("sunshine.lawyers")
record LawyerProperties(
    Map<RequestType, Rule> deadlines,
    List<String> readingRoomSlots,
    Integer readingRoomCapacity,
    Duration linkValidity,
    Integer maxUploadBytes,
    Integer escalateAfter,
    Integer complaintDays,
    Integer requestsPerDay) {

  LawyerProperties {
    Map<RequestType, Rule> merged = new EnumMap<>(defaults());
    if (deadlines != null) {
      merged.putAll(deadlines);
    }
    deadlines = Map.copyOf(merged);
    readingRoomSlots =
        readingRoomSlots == null || readingRoomSlots.isEmpty()
            ? List.of("09:00-11:30", "14:00-17:00")
            : List.copyOf(readingRoomSlots);
    readingRoomCapacity = readingRoomCapacity == null ? 4 : readingRoomCapacity;
    linkValidity = linkValidity == null ? Duration.ofDays(7) : linkValidity;
    maxUploadBytes = maxUploadBytes == null ? 10 * 1024 * 1024 : maxUploadBytes;
    escalateAfter = escalateAfter == null ? 2 : escalateAfter;
    complaintDays = complaintDays == null ? 10 : complaintDays;
    requestsPerDay = requestsPerDay == null ? 30 : requestsPerDay;
  }

  /**
   * The rules' own periods. 刑事诉讼规则 (2019) 第四十九条: file review arranged "自即日起三个工作日以内"; 第四十八条: a
   * non-lawyer defender answered "在三日以内"; 刑事诉讼法 第九十七条: a change of compulsory measure decided
   * within three days; 2023 意见: an online review request answered within three days. Where a rule
   * says "promptly" (第五十条、第五十二条、第五十四条) the default is the platform's, and says so.
   */
  static Map<RequestType, Rule> defaults() {
    Map<RequestType, Rule> m = new EnumMap<>(RequestType.class);
    m.put(
        RequestType.FILE_REVIEW,
        new Rule(3, true, Texts.text("lawyers.lawyer-properties.basis.file-review")));
    m.put(
        RequestType.ONLINE_FILE_REVIEW,
        new Rule(3, true, Texts.text("lawyers.lawyer-properties.basis.online-file-review")));
    m.put(
        RequestType.EVIDENCE_COLLECTION,
        new Rule(7, true, Texts.text("lawyers.lawyer-properties.basis.evidence-collection")));
    m.put(
        RequestType.DEFENCE_OPINION,
        new Rule(3, true, Texts.text("lawyers.lawyer-properties.basis.defence-opinion")));
    m.put(
        RequestType.HEARING_OF_OPINION,
        new Rule(5, true, Texts.text("lawyers.lawyer-properties.basis.hearing-of-opinion")));
    m.put(
        RequestType.MEASURE_CHANGE,
        new Rule(3, false, Texts.text("lawyers.lawyer-properties.basis.measure-change")));
    m.put(
        RequestType.NON_LAWYER_DEFENDER,
        new Rule(3, false, Texts.text("lawyers.lawyer-properties.basis.non-lawyer-defender")));
    m.put(
        RequestType.MEETING,
        new Rule(3, false, Texts.text("lawyers.lawyer-properties.basis.meeting")));
    return m;
  }

  Rule rule(RequestType type) {
    return deadlines.get(type);
  }

  /**
   * @param days the length of the period
   * @param workingDays counted in working days (the calendar's holidays and 调休) or calendar days
   * @param basis the rule, shown to the lawyer
   */
  record Rule(int days, boolean workingDays, String basis) {}
}
