package org.sunshine.platform.petitions;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings {@code sunshine.petitions.hall.*}: the service hall's other windows.
 *
 * @param briberyCheckUnits codes of the units that still answer 行贿犯罪档案查询 (nationally replaced by
 *     court-judgment checks in 2018, so off unless a unit is named)
 * @param briberyCheckYears how many years of records a check covers
 * @param briberyCheckTime the time to answer, e.g. "3 WORKING_DAYS"
 * @param videoService the meeting link of a 视频接访, {@code {room}} replaced by a fresh room name
 */
@ConfigurationProperties("sunshine.petitions.hall")
record HallProperties(
    List<String> briberyCheckUnits,
    Integer briberyCheckYears,
    String briberyCheckTime,
    String videoService) {

  HallProperties {
    briberyCheckUnits = briberyCheckUnits == null ? List.of() : List.copyOf(briberyCheckUnits);
    briberyCheckYears = briberyCheckYears == null ? 10 : briberyCheckYears;
    briberyCheckTime =
        briberyCheckTime == null || briberyCheckTime.isBlank()
            ? "3 WORKING_DAYS"
            : briberyCheckTime;
    videoService =
        videoService == null || videoService.isBlank()
            ? "https://video.example.cn/room/{room}"
            : videoService;
    TimeLimit.parse(briberyCheckTime);
  }
}
