package org.sunshine.platform.archives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.texts.BadInput;

/**
 * Generates a unit's quarterly package: renders each file (reporting progress), adds the list of
 * files, zips them with the manifest and stores the result as the quarter's next revision in one
 * statement — a package is there whole or not at all, and is never changed afterwards (trigger).
 */
@Service
class ArchivePackages {

  private static final Logger log = LoggerFactory.getLogger(ArchivePackages.class);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final ArchiveContents contents;
  private final ArchiveRows rows;
  private final Directory directory;
  private final Clock clock;

  ArchivePackages(ArchiveContents contents, ArchiveRows rows, Directory directory, Clock clock) {
    this.contents = contents;
    this.rows = rows;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * Generates and stores the package; {@code progress} hears (done, total) after each file.
   *
   * @return the package's id
   */
  long generate(long unitId, Quarter q, String by, IntBinaryOperator progress) {
    LocalDate today = LocalDate.now(clock);
    if (q.firstDay().isAfter(today)) {
      throw BadInput.at("quarter", "archives.archive-packages.quarter.not-started");
    }
    ProcuratorateView unit = directory.get(unitId);
    long started = System.nanoTime();
    Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<ArchiveContents.Item> items = contents.plan(unit, q, at);
    int total = items.size() + 1;
    List<ArchiveZip.File> files = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (ArchiveContents.Item item : items) {
      files.add(new ArchiveZip.File(item.path(), item.render().get()));
      paths.add(item.path());
      progress.applyAsInt(files.size(), total);
    }
    int revision = nextRevision(unitId, q);
    String indexPath = "00-" + contents.t("archives.file.index") + ".pdf";
    files.add(0, new ArchiveZip.File(indexPath, contents.index(unit, q, revision, paths, at)));
    progress.applyAsInt(total, total);
    String heading = contents.t("archives.manifest.heading", unit.name(), q.code(), revision, at);
    ArchiveZip.Zip zip = ArchiveZip.of(heading, files, LocalDateTime.ofInstant(at, CHINA));
    long id = rows.insert(unitId, q, revision, zip, q.endedBefore(today), at, by);
    log.info(
        "Archive package {} of unit {} {} revision {}: {} files, {} bytes in {} ms",
        id,
        unitId,
        q.code(),
        revision,
        zip.files(),
        zip.bytes().length,
        (System.nanoTime() - started) / 1_000_000);
    return id;
  }

  private int nextRevision(long unitId, Quarter q) {
    return (int)
            rows.ofUnits(Set.of(unitId), 1000).stream().filter(p -> p.period().equals(q)).count()
        + 1;
  }
}
