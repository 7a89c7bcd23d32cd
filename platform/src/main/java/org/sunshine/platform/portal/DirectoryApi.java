package org.sunshine.platform.portal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;

/** The directory as open data: every procuratorate with its parent, address and service phone. */
@RestController
@RequestMapping("/api/v1/procuratorates")
class DirectoryApi {

  private final Directory directory;

  DirectoryApi(Directory directory) {
    this.directory = directory;
  }

  @GetMapping
  List<ProcuratorateView> all() {
    return directory.all();
  }

  @GetMapping("/{id}")
  ProcuratorateView one(@PathVariable long id) {
    return directory.get(id);
  }

  @GetMapping("/{id}/children")
  List<ProcuratorateView> children(@PathVariable long id) {
    directory.get(id);
    return directory.children(id);
  }
}
