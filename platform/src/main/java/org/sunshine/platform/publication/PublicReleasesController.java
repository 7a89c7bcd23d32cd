package org.sunshine.platform.publication;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunshine.platform.organisation.Directory;

/** 重要案件信息 for the public: the list (pinned first) and a release's stable page. */
@Controller
class PublicReleasesController {

  private static final int PAGE_SIZE = 20;
  private final PublishedReleases published;
  private final ReleaseCategories categories;
  private final Directory directory;

  PublicReleasesController(
      PublishedReleases published, ReleaseCategories categories, Directory directory) {
    this.published = published;
    this.categories = categories;
    this.directory = directory;
  }

  @GetMapping("/releases")
  String publicList(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) String category,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    String c = PageLinks.blankToNull(category);
    int p = Math.max(0, page);
    long total = published.count(unit, c);
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("unit", unit);
    filters.put("category", c);
    model.addAttribute("items", published.list(unit, c, p, PAGE_SIZE));
    model.addAttribute("total", total);
    model.addAttribute("pager", PageLinks.of("/releases", p, pages, filters));
    model.addAttribute("releasesFeed", PageLinks.url("/feeds/releases.atom", filters));
    model.addAttribute("categories", categories.names());
    model.addAttribute("units", directory.all());
    model.addAttribute("unit", unit);
    model.addAttribute("category", c);
    return "releases/public-list";
  }

  @GetMapping("/releases/{id}")
  String publicView(@PathVariable long id, Model model) {
    model.addAttribute(
        "r", published.find(id).orElseThrow(() -> new NoSuchElementException("release")));
    return "releases/public-detail";
  }
}
