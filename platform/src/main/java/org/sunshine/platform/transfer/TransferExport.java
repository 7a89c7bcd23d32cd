package org.sunshine.platform.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.access.AccessReplicas;
import org.sunshine.platform.archives.AnnualReportReplicas;
import org.sunshine.platform.hearings.HearingReplicas;
import org.sunshine.platform.hearings.OpenDayReplicas;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.petitions.HallReplicas;
import org.sunshine.platform.petitions.PetitionReplicas;
import org.sunshine.platform.publication.DocumentReplicas;
import org.sunshine.platform.publication.ReleaseReplicas;
import org.sunshine.platform.surveys.SurveyBallots;
import org.sunshine.platform.texts.BadInput;
import tools.jackson.databind.json.JsonMapper;

/**
 * Packs what changed since the last package (ADR 11). The outbox says which items changed; their
 * state at packing time goes in, so a package is always the latest truth and applying an item twice
 * is harmless. The package is written to {@code sent/} and recorded in one transaction, then copied
 * to the outbox; a replica that failed is retried on the next run.
 */
@Service
class TransferExport {

  private static final Logger log = LoggerFactory.getLogger(TransferExport.class);
  private final TransferRows rows;
  private final TransferSettings settings;
  private final DocumentReplicas documents;
  private final ReleaseReplicas releases;
  private final Directory directory;
  private final AccessReplicas access;
  private final PetitionReplicas petitions;
  private final HallReplicas hall;
  private final AnnualReportReplicas annualReports;
  private final OpenDayReplicas openDays;
  private final HearingReplicas hearings;
  private final SurveyBallots ballots;
  private final JsonMapper json = TransferJson.MAPPER;
  private final TransactionTemplate tx;
  private final Clock clock;

  TransferExport(
      TransferRows rows,
      TransferSettings settings,
      DocumentReplicas documents,
      ReleaseReplicas releases,
      Directory directory,
      TransactionTemplate tx,
      Clock clock,
      AccessReplicas access,
      PetitionReplicas petitions,
      HallReplicas hall,
      AnnualReportReplicas annualReports,
      OpenDayReplicas openDays,
      HearingReplicas hearings,
      SurveyBallots ballots) {
    this.hearings = hearings;
    this.ballots = ballots;
    this.openDays = openDays;
    this.annualReports = annualReports;
    this.petitions = petitions;
    this.hall = hall;
    this.rows = rows;
    this.settings = settings;
    this.documents = documents;
    this.releases = releases;
    this.directory = directory;
    this.access = access;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Writes the next packages when something changed, when {@code everything} is asked for (a new
   * public node, or after restoring one from backup), or when the heartbeat is due. A package holds
   * at most {@code max-records} items, so a large change (or everything) becomes several packages
   * in sequence; returns the last one's sequence number.
   */
  synchronized Optional<Long> export(boolean everything) {
    Deque<String> whole = new ArrayDeque<>(everything ? everyItem() : List.of());
    Optional<Long> last = Optional.empty();
    boolean firstPass = true;
    while (true) {
      boolean first = firstPass;
      Optional<Long> written = tx.execute(status -> writeOne(whole, first, first && everything));
      deliver();
      if (written.isEmpty()) {
        return last;
      }
      last = written;
      firstPass = false;
    }
  }

  private List<String> everyItem() {
    List<String> keys = new ArrayList<>();
    if (settings.role.sendsPublishedData()) {
      documents.internetDocumentIds().forEach(id -> keys.add(OutboxListener.DOCUMENT + "-" + id));
      releases.publicReleaseIds().forEach(id -> keys.add(OutboxListener.RELEASE + "-" + id));
      hall.upcomingReceptionDays().forEach(id -> keys.add(OutboxListener.RECEPTION_DAY + "-" + id));
      hall.upcomingBookingAnswers()
          .forEach(id -> keys.add(OutboxListener.RECEPTION_ANSWER + "-" + id));
      annualReports.publishedIds().forEach(id -> keys.add(OutboxListener.ANNUAL_REPORT + "-" + id));
      openDays.upcomingOpenDays().forEach(id -> keys.add(OutboxListener.OPEN_DAY + "-" + id));
      openDays.upcomingAnswers().forEach(id -> keys.add(OutboxListener.OPEN_DAY_ANSWER + "-" + id));
      hearings.publicHearings().forEach(id -> keys.add(OutboxListener.HEARING + "-" + id));
      hearings.announcedAnswers().forEach(id -> keys.add(OutboxListener.HEARING_ANSWER + "-" + id));
      ballots.openBallots().forEach(id -> keys.add(OutboxListener.SURVEY_BALLOT + "-" + id));
    }
    return keys;
  }

  private Optional<Long> writeOne(Deque<String> whole, boolean firstPass, boolean mustWrite) {
    rows.lockExport();
    if (firstPass && settings.role.sendsPublishedData()) {
      // Cases change by import without an event per change: their revision tells which replicas
      // for the public node's grants are stale.
      access
          .claimChangedReplicas()
          .forEach(id -> rows.queue(OutboxListener.DECISION, id, clock.instant()));
    }
    int max = settings.properties.maxRecords();
    Set<String> keys = new LinkedHashSet<>();
    while (!whole.isEmpty() && keys.size() < max) {
      keys.add(whole.poll());
    }
    List<Long> taken = new ArrayList<>();
    for (TransferRows.OutboxEntry c : rows.unpacked(max)) {
      if (keys.size() >= max) {
        break;
      }
      keys.add(c.kind() + "-" + c.refId());
      taken.add(c.id());
    }
    long lastId = taken.isEmpty() ? 0 : taken.get(taken.size() - 1);
    Instant now = clock.instant();
    boolean heartbeatDue =
        firstPass
            && rows.lastSentAt()
                .map(t -> t.plus(settings.properties.heartbeat()).isBefore(now))
                .orElse(true);
    if (keys.isEmpty() && !mustWrite && !heartbeatDue) {
      return Optional.empty();
    }
    List<String> records = records(keys);
    long sequence = rows.lastSequenceSent() + 1;
    try {
      String name = String.format("%s-%010d", settings.source, sequence);
      PackageArchive.delete(settings.sent.resolve(name)); // left by a write that never committed
      Files.deleteIfExists(settings.sent.resolve(name + ".zip"));
      Path dir =
          PackageWriter.write(
              settings.sent,
              sequence,
              settings.source,
              records,
              Map.of(),
              now,
              mustWrite,
              settings.signingKey());
      if (settings.properties.zip()) {
        PackageArchive.zip(dir);
        PackageArchive.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows.sent(sequence, now, records.size(), lastId);
    rows.packed(taken, sequence);
    log.info("transfer package {} written: {} records", sequence, records.size());
    return Optional.of(sequence);
  }

  private List<String> records(Set<String> keys) {
    List<String> out = new ArrayList<>();
    if (settings.role.sendsPublishedData()) {
      // The directory first, every time: it is small, and every item names a unit.
      out.add(envelope("units", "units", directory.all()));
    }
    for (String key : keys) {
      String kind = key.substring(0, key.lastIndexOf('-'));
      long id = Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
      item(kind, id).ifPresent(data -> out.add(envelope(kind, key, data)));
    }
    return out;
  }

  private Optional<Object> item(String kind, long id) {
    return switch (kind) {
      case OutboxListener.DOCUMENT -> documents.export(id).map(Object.class::cast);
      case OutboxListener.RELEASE -> releases.export(id).map(Object.class::cast);
      case OutboxListener.ACK -> rows.received(settings.peer, id).map(Acknowledgement::of);
      case OutboxListener.APPLICATION -> access.exportApplication(id).map(Object.class::cast);
      case OutboxListener.DECISION -> access.exportDecision(id).map(Object.class::cast);
      case OutboxListener.PETITION -> petitions.exportPetition(id).map(Object.class::cast);
      case OutboxListener.PETITION_STATE -> petitions.exportState(id).map(Object.class::cast);
      case OutboxListener.RECEPTION_DAY -> hall.exportReceptionDay(id).map(Object.class::cast);
      case OutboxListener.RECEPTION_BOOKING -> hall.exportBooking(id).map(Object.class::cast);
      case OutboxListener.RECEPTION_ANSWER -> hall.exportBookingAnswer(id).map(Object.class::cast);
      case OutboxListener.BRIBERY_CHECK -> hall.exportBriberyRequest(id).map(Object.class::cast);
      case OutboxListener.BRIBERY_ANSWER -> hall.exportBriberyAnswer(id).map(Object.class::cast);
      case OutboxListener.ANNUAL_REPORT -> annualReports.export(id).map(Object.class::cast);
      case OutboxListener.OPEN_DAY -> openDays.exportOpenDay(id).map(Object.class::cast);
      case OutboxListener.OPEN_DAY_BOOKING -> openDays.exportBooking(id).map(Object.class::cast);
      case OutboxListener.OPEN_DAY_ANSWER -> openDays.exportAnswer(id).map(Object.class::cast);
      case OutboxListener.HEARING -> hearings.exportHearing(id).map(Object.class::cast);
      case OutboxListener.HEARING_OBSERVER -> hearings.exportObserver(id).map(Object.class::cast);
      case OutboxListener.HEARING_ANSWER -> hearings.exportAnswer(id).map(Object.class::cast);
      case OutboxListener.SURVEY_BALLOT -> ballots.exportBallot(id).map(Object.class::cast);
      case OutboxListener.SURVEY_ANSWER -> ballots.exportAnswer(id).map(Object.class::cast);
      default -> Optional.empty();
    };
  }

  private String envelope(String kind, String key, Object data) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    m.put("key", key);
    m.put("data", data);
    return json.writeValueAsString(m);
  }

  /** Replicas written packages the outbox has not had yet (written aside, then renamed). */
  void deliver() {
    for (long sequence : rows.undelivered()) {
      String name = String.format("%s-%010d", settings.source, sequence);
      try {
        Files.createDirectories(settings.outbox);
        Path zip = settings.sent.resolve(name + ".zip");
        if (Files.exists(zip)) {
          Path partial = settings.outbox.resolve("." + name + ".zip.partial");
          Files.copy(zip, partial, StandardCopyOption.REPLACE_EXISTING);
          Files.move(
              partial, settings.outbox.resolve(name + ".zip"), StandardCopyOption.ATOMIC_MOVE);
        } else {
          copyDirectory(settings.sent.resolve(name), settings.outbox, name);
        }
        rows.delivered(sequence, clock.instant());
      } catch (IOException e) {
        log.warn(
            "transfer package {} not delivered to {} yet: {}",
            sequence,
            settings.outbox,
            e.toString());
        return;
      }
    }
  }

  /** Puts a replica of an earlier package in the outbox again (a carrier lost it). */
  void resend(long sequence) {
    if (!rows.isSent(sequence)) {
      throw BadInput.at("sequence", "transfer.transfer-export.sequence.unknown", sequence);
    }
    if (rows.isAcknowledged(sequence)) {
      // Its copy left sent/ with the acknowledgement: the peer has it.
      throw BadInput.at("sequence", "transfer.transfer-export.sequence.acknowledged", sequence);
    }
    rows.undeliver(sequence);
    deliver();
  }

  static void copyDirectory(Path from, Path toParent, String name) throws IOException {
    if (!Files.isDirectory(from)) {
      throw new IOException("package missing from sent/: " + from);
    }
    Path partial = toParent.resolve("." + name + ".partial");
    PackageArchive.delete(partial);
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = partial.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Path done = toParent.resolve(name);
    PackageArchive.delete(done);
    Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
  }
}
