package org.sunshine.platform.statistics;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/statistics}: the public page's figures as JSON (problem details on bad input). */
@RestController
class PublicStatisticsApi {

  private final PublicStatistics statistics;
  private final PublicStatisticsController page;

  PublicStatisticsApi(PublicStatistics statistics, PublicStatisticsController page) {
    this.statistics = statistics;
    this.page = page;
  }

  @GetMapping(value = "/api/v1/statistics", produces = "application/json")
  Map<String, Object> json(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer quarter) {
    int[] last = statistics.lastQuarter();
    int y = year == null ? last[0] : year;
    int q = quarter == null ? last[1] : quarter;
    List<PublicStatistics.UnitQuarter> lines = statistics.withChildren(page.unit(unit), y, q);
    return Map.of("unit", lines.get(0), "units", lines.subList(1, lines.size()));
  }
}
