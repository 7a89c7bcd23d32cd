package org.sunshine.platform.statistics;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;

/** 公开统计: the public page per unit and quarter, and the same figures as JSON. */
@Controller
class PublicStatisticsController {

  private final PublicStatistics statistics;
  private final Directory directory;

  PublicStatisticsController(PublicStatistics statistics, Directory directory) {
    this.statistics = statistics;
    this.directory = directory;
  }

  long unit(Long unit) {
    if (unit != null) {
      return directory.get(unit).id();
    }
    List<ProcuratorateView> roots = directory.roots();
    ProcuratorateView top = roots.get(0);
    // The supreme procuratorate has no reports here: start from the province below it.
    List<ProcuratorateView> below = directory.children(top.id());
    return top.parentId() == null && below.size() == 1 ? below.get(0).id() : top.id();
  }

  @GetMapping("/statistics")
  String page(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer quarter,
      Model model) {
    int[] last = statistics.lastQuarter();
    int y = year == null ? last[0] : year;
    int q = quarter == null ? last[1] : quarter;
    try {
      PublicStatistics.check(y, q);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    long u = unit(unit);
    model.addAttribute("unit", directory.get(u));
    model.addAttribute("path", directory.path(u));
    model.addAttribute("year", y);
    model.addAttribute("quarter", q);
    model.addAttribute("lines", statistics.withChildren(u, y, q));
    return "statistics/public";
  }
}
