package org.sunshine.platform.releases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;

/** What the public reads of releases: published ones, and the notice of withdrawn ones. */
@Service
public class PublishedReleases {

  private final ReleaseRows rows;
  private final Directory directory;
  private final Clock clock;

  PublishedReleases(ReleaseRows rows, Directory directory, Clock clock) {
    this.rows = rows;
    this.directory = directory;
    this.clock = clock;
  }

  /** A unit's and its subordinates' releases (all units when null), pinned first. */
  @Transactional(readOnly = true)
  public List<PublicRelease> list(Long unitId, String category, int page, int size) {
    return rows.published(units(unitId), category, LocalDate.now(clock), page * size, size).stream()
        .map(this::view)
        .toList();
  }

  /** A release by its stable id: published, or withdrawn (notice only); never a draft. */
  @Transactional(readOnly = true)
  public Optional<PublicRelease> find(long id) {
    return rows.find(id)
        .filter(r -> r.status() == ReleaseStatus.PUBLISHED || r.status() == ReleaseStatus.WITHDRAWN)
        .filter(r -> r.publishedOn() != null)
        .map(this::view);
  }

  /** Every published release (search rebuild, bulk export). */
  @Transactional(readOnly = true)
  public List<PublicRelease> all() {
    return rows.allPublished().stream().map(this::view).toList();
  }

  private Set<Long> units(Long unitId) {
    if (unitId == null) {
      return Set.copyOf(directory.all().stream().map(ProcuratorateView::id).toList());
    }
    return directory.selfAndDescendants(unitId);
  }

  private PublicRelease view(ReleaseRows.Row r) {
    boolean withdrawn = r.status() == ReleaseStatus.WITHDRAWN;
    boolean pinned =
        r.pinLevel() > 0
            && r.pinnedUntil() != null
            && !r.pinnedUntil().isBefore(LocalDate.now(clock));
    return new PublicRelease(
        r.id(),
        r.unitId(),
        r.unitName(),
        r.category(),
        withdrawn ? "已撤回的信息" : r.title(),
        withdrawn ? null : r.body(),
        r.publishedOn(),
        pinned && !withdrawn,
        withdrawn,
        r.withdrawalReason(),
        r.withdrawnAt());
  }
}
