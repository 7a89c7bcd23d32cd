package org.sunshine.platform.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.publication.PublishedReleases;

/** Public pages: home, the directory of procuratorates by hierarchy, the guide. */
@Controller
class PortalController {

  private static final int LATEST = 5;
  private final Directory directory;
  private final PublishedDocuments documents;
  private final PublishedReleases releases;

  PortalController(Directory directory, PublishedDocuments documents, PublishedReleases releases) {
    this.directory = directory;
    this.documents = documents;
    this.releases = releases;
  }

  /** The front door: search, the latest documents and releases, the services, feeds and data. */
  @GetMapping("/")
  String home(Model model) {
    model.addAttribute(
        "latestDocuments",
        documents.list(PublicationChannel.INTERNET, null, null, 0, LATEST).items());
    model.addAttribute("latestReleases", releases.list(null, null, 0, LATEST));
    model.addAttribute("documentsFeed", "/feeds/documents.atom");
    model.addAttribute("releasesFeed", "/feeds/releases.atom");
    return "portal/home";
  }

  @GetMapping("/guide")
  String guide() {
    return "portal/guide";
  }

  @GetMapping("/about")
  String about() {
    return "portal/about";
  }

  /**
   * Provinces with their cities; counties load on demand (htmx) to keep a national directory light.
   */
  @GetMapping("/directory")
  String directory(Model model) {
    List<ProcuratorateView> all = directory.all();
    Map<Long, List<ProcuratorateView>> childrenOf = new LinkedHashMap<>();
    Map<Long, Integer> childCounts = new LinkedHashMap<>();
    for (ProcuratorateView unit : all) {
      if (unit.parentId() != null) {
        childrenOf.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
        childCounts.merge(unit.parentId(), 1, Integer::sum);
      }
    }
    model.addAttribute("roots", directory.roots());
    model.addAttribute("childrenOf", childrenOf);
    model.addAttribute("childCounts", childCounts);
    return "portal/directory";
  }

  @GetMapping("/directory/{id}")
  String unit(@PathVariable long id, Model model) {
    ProcuratorateView unit = directory.get(id);
    List<ProcuratorateView> children = directory.children(id);
    model.addAttribute("unit", unit);
    model.addAttribute("path", directory.path(id));
    model.addAttribute("children", children);
    model.addAttribute("childCounts", childCounts(children));
    model.addAttribute("documentsFeed", "/feeds/documents.atom?unit=" + id);
    model.addAttribute("releasesFeed", "/feeds/releases.atom?unit=" + id);
    return "portal/unit";
  }

  @GetMapping("/directory/{id}/children")
  String children(@PathVariable long id, Model model) {
    directory.get(id);
    List<ProcuratorateView> children = directory.children(id);
    model.addAttribute("units", children);
    model.addAttribute("childCounts", childCounts(children));
    return "portal/directory-children :: children(units=${units}, childCounts=${childCounts})";
  }

  private Map<Long, Integer> childCounts(List<ProcuratorateView> units) {
    Map<Long, Integer> counts = new LinkedHashMap<>();
    for (ProcuratorateView unit : units) {
      counts.put(unit.id(), directory.children(unit.id()).size());
    }
    return counts;
  }
}
