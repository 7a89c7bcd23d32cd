package org.sunshine.platform.search;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.Forbidden;

/** 检索: the public search page and its JSON API; the console's rebuild and drift check. */
@Controller
class SearchController {

  private final PublicSearch search;
  private final SearchAdmin admin;
  private final Directory directory;

  SearchController(PublicSearch search, SearchAdmin admin, Directory directory) {
    this.search = search;
    this.admin = admin;
    this.directory = directory;
  }

  @GetMapping("/search")
  String page(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String charge,
      @RequestParam(defaultValue = "false") boolean byDate,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    SearchQuery query = new SearchQuery(q, kind, category, unit, year, charge, byDate, page, 10);
    SearchResults results = search.search(query);
    model.addAttribute("query", query);
    model.addAttribute("results", results);
    model.addAttribute("units", search.unitFacet(results, unit));
    model.addAttribute("unitName", unit == null ? null : directory.get(unit).name());
    return "search/page";
  }

  @GetMapping("/console/search")
  String console(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    requireOperator(me);
    model.addAttribute("progress", admin.progress());
    return "search/console";
  }

  @GetMapping("/console/search/progress")
  String progress(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    requireOperator(me);
    model.addAttribute("progress", admin.progress());
    return "search/console :: progress";
  }

  @PostMapping("/console/search/rebuild")
  String rebuild(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    requireOperator(me);
    admin.startRebuild();
    model.addAttribute("progress", admin.progress());
    return "search/console :: progress";
  }

  @GetMapping("/console/search/drift")
  String drift(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    requireOperator(me);
    model.addAttribute("drift", admin.drift());
    return "search/console :: drift";
  }

  /**
   * The index serves the whole node (every unit's documents), so only its top may rebuild or check
   * it: a system administrator or 案管 of a provincial (or the supreme) procuratorate.
   */
  private void requireOperator(StaffIdentity me) {
    if (me == null) {
      throw Forbidden.of("search.search-controller.maintain.sign-in");
    }
    boolean top =
        directory
            .find(me.unitId())
            .map(u -> u.level().compareTo(ProcuratorateLevel.PROVINCIAL) <= 0)
            .orElse(false);
    if (!top || (!me.hasRole(Role.ADMINISTRATOR) && !me.hasRole(Role.CASE_MANAGEMENT))) {
      throw Forbidden.of("search.search-controller.maintain.forbidden");
    }
  }
}
