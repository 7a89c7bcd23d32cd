package org.sunshine.platform.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.texts.Texts;

/** What the public reads of releases: published ones, and the notice of withdrawn ones. */
@Service
public class PublishedReleases {

  /** The title the public sees in place of a withdrawn release's. */
  static final String WITHDRAWN_TITLE =
      Texts.text("publication.published-releases.withdrawn-title");

  private final PublishedReleaseRows rows;
  private final Directory directory;
  private final Clock clock;

  PublishedReleases(PublishedReleaseRows rows, Directory directory, Clock clock) {
    this.rows = rows;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * A unit's and its subordinates' releases (all units when null), pinned first; a blank category
   * is no filter.
   */
  @Transactional(readOnly = true)
  public List<PublicRelease> list(Long unitId, String category, int page, int size) {
    return rows
        .live(
            units(unitId), PageLinks.blankToNull(category), LocalDate.now(clock), page * size, size)
        .stream()
        .map(this::view)
        .toList();
  }

  /** How many live releases {@link #list} pages through. */
  @Transactional(readOnly = true)
  public long count(Long unitId, String category) {
    return rows.countLive(units(unitId), PageLinks.blankToNull(category));
  }

  /** One unit's releases published in a period (statistics: 重要案件信息发布 per unit and month). */
  public record UnitReleases(long unitId, long published, long withdrawn) {}

  /** Releases published in a period per unit of the given ones (units with none are absent). */
  @Transactional(readOnly = true)
  public List<UnitReleases> publishedByUnit(Collection<Long> units, LocalDate from, LocalDate to) {
    return rows.publishedByUnit(units, from, to).entrySet().stream()
        .map(e -> new UnitReleases(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparingLong(UnitReleases::unitId))
        .toList();
  }

  /** A release by its stable id: published, or withdrawn (notice only); never a draft. */
  @Transactional(readOnly = true)
  public Optional<PublicRelease> find(long id) {
    return rows.find(id).map(this::view);
  }

  /** Every live release (search rebuild, bulk export). */
  @Transactional(readOnly = true)
  public List<PublicRelease> all() {
    return rows.allLive().stream().map(this::view).toList();
  }

  private Set<Long> units(Long unitId) {
    return unitId == null ? null : directory.selfAndDescendants(unitId);
  }

  private PublicRelease view(PublishedReleaseRows.Row r) {
    boolean withdrawn = r.withdrawn();
    boolean pinned =
        r.pinLevel() > 0
            && r.pinnedUntil() != null
            && !r.pinnedUntil().isBefore(LocalDate.now(clock));
    return new PublicRelease(
        r.id(),
        r.unitId(),
        directory.get(r.unitId()).name(),
        r.category(),
        withdrawn ? WITHDRAWN_TITLE : r.title(),
        withdrawn ? null : r.body(),
        r.publishedOn(),
        pinned && !withdrawn,
        withdrawn,
        r.withdrawalReason(),
        r.withdrawnAt());
  }
}
