package org.sunshine.platform.transfer;

import java.time.Clock;
import java.time.DateTimeException;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.sunshine.platform.access.AccessReplicas;
import org.sunshine.platform.access.ApplicationReplica;
import org.sunshine.platform.access.DecisionReplica;
import org.sunshine.platform.archives.AnnualReportReplicas;
import org.sunshine.platform.hearings.HearingReplicas;
import org.sunshine.platform.hearings.OpenDayReplicas;
import org.sunshine.platform.organisation.OrganisationSetup;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.petitions.HallReplicas;
import org.sunshine.platform.petitions.PetitionReplica;
import org.sunshine.platform.petitions.PetitionReplicas;
import org.sunshine.platform.petitions.PetitionStateReplica;
import org.sunshine.platform.publication.DocumentReplica;
import org.sunshine.platform.publication.DocumentReplicas;
import org.sunshine.platform.publication.ReleaseReplica;
import org.sunshine.platform.publication.ReleaseReplicas;
import org.sunshine.platform.surveys.SurveyBallots;
import org.sunshine.platform.texts.Texts;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies one record through the owning module's facade. Both nodes take acknowledgements; what
 * else a node accepts depends on its role: a public node takes the directory, documents and
 * releases (an internal node, later, what the public files). Anything else is rejected, never
 * guessed at.
 */
@Component
class RecordApplier {

  private final JsonMapper json = TransferJson.MAPPER;
  private final TransferSettings settings;
  private final OrganisationSetup organisation;
  private final DocumentReplicas documents;
  private final ReleaseReplicas releases;
  private final AccessReplicas access;
  private final PetitionReplicas petitions;
  private final HallReplicas hall;
  private final AnnualReportReplicas annualReports;
  private final OpenDayReplicas openDays;
  private final HearingReplicas hearings;
  private final SurveyBallots ballots;
  private final TransferRows rows;
  private final Clock clock;

  RecordApplier(
      TransferSettings settings,
      OrganisationSetup organisation,
      DocumentReplicas documents,
      ReleaseReplicas releases,
      TransferRows rows,
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
    this.settings = settings;
    this.organisation = organisation;
    this.documents = documents;
    this.releases = releases;
    this.access = access;
    this.rows = rows;
    this.clock = clock;
  }

  /** The record's key for reports ("document-42"), or "?" when it has none. */
  static String key(String record) {
    return field(record, "key");
  }

  /**
   * Whether the sender should be told about a package with these records: not for one holding only
   * acknowledgements (or nothing), else two nodes would acknowledge each other's acknowledgements
   * for ever.
   */
  static boolean needsAcknowledgement(List<String> records) {
    return records.stream().anyMatch(r -> !OutboxListener.ACK.equals(field(r, "kind")));
  }

  private static String field(String record, String name) {
    try {
      return TransferJson.MAPPER.readTree(record).path(name).asString("?");
    } catch (JacksonException e) {
      return "?";
    }
  }

  void apply(String record) {
    JsonNode node;
    try {
      node = json.readTree(record);
    } catch (JacksonException e) {
      throw new RecordRejected(Texts.text("transfer.record-applier.json.invalid"));
    }
    String kind = node.path("kind").asString("");
    JsonNode data = node.path("data");
    try {
      if (kind.equals(OutboxListener.ACK)) {
        Acknowledgement a = json.convertValue(data, Acknowledgement.class);
        rows.acknowledged(a.sequence(), clock.instant(), a.applied(), a.rejected(), a.report());
      } else if (settings.role.receivesPublishedData()) {
        switch (kind) {
          case "units" ->
              organisation.replicate(
                  json.convertValue(data, new TypeReference<List<ProcuratorateView>>() {}));
          case "document" -> documents.apply(json.convertValue(data, DocumentReplica.class));
          case "release" -> releases.apply(json.convertValue(data, ReleaseReplica.class));
          case OutboxListener.DECISION ->
              access.applyDecision(json.convertValue(data, DecisionReplica.class));
          case OutboxListener.PETITION_STATE ->
              petitions.applyState(json.convertValue(data, PetitionStateReplica.class));
          case OutboxListener.RECEPTION_DAY ->
              hall.applyReceptionDay(json.convertValue(data, HallReplicas.ReceptionDay.class));
          case OutboxListener.RECEPTION_ANSWER ->
              hall.applyBookingAnswer(json.convertValue(data, HallReplicas.BookingAnswer.class));
          case OutboxListener.BRIBERY_ANSWER ->
              hall.applyBriberyAnswer(json.convertValue(data, HallReplicas.BriberyAnswer.class));
          case OutboxListener.ANNUAL_REPORT ->
              annualReports.apply(
                  json.convertValue(data, AnnualReportReplicas.AnnualReportReplica.class));
          case OutboxListener.OPEN_DAY ->
              openDays.applyOpenDay(json.convertValue(data, OpenDayReplicas.OpenDayReplica.class));
          case OutboxListener.OPEN_DAY_ANSWER ->
              openDays.applyAnswer(json.convertValue(data, OpenDayReplicas.BookingAnswer.class));
          case OutboxListener.HEARING ->
              hearings.applyHearing(json.convertValue(data, HearingReplicas.HearingReplica.class));
          case OutboxListener.HEARING_ANSWER ->
              hearings.applyAnswer(json.convertValue(data, HearingReplicas.ObserverAnswer.class));
          case OutboxListener.SURVEY_BALLOT ->
              ballots.applyBallot(json.convertValue(data, SurveyBallots.Ballot.class));
          default ->
              throw new RecordRejected(
                  "kind: " + Texts.text("transfer.record-applier.kind.public-node", kind));
        }
      } else if (kind.equals(OutboxListener.APPLICATION) && settings.role.sendsPublishedData()) {
        access.receiveApplication(json.convertValue(data, ApplicationReplica.class));
      } else if (kind.equals(OutboxListener.PETITION) && settings.role.sendsPublishedData()) {
        petitions.receivePetition(json.convertValue(data, PetitionReplica.class));
      } else if (kind.equals(OutboxListener.RECEPTION_BOOKING)
          && settings.role.sendsPublishedData()) {
        hall.receiveBooking(json.convertValue(data, HallReplicas.Booking.class));
      } else if (kind.equals(OutboxListener.OPEN_DAY_BOOKING)
          && settings.role.sendsPublishedData()) {
        openDays.receiveBooking(json.convertValue(data, OpenDayReplicas.BookingRequest.class));
      } else if (kind.equals(OutboxListener.HEARING_OBSERVER)
          && settings.role.sendsPublishedData()) {
        hearings.receiveObserver(json.convertValue(data, HearingReplicas.ObserverRequest.class));
      } else if (kind.equals(OutboxListener.SURVEY_ANSWER) && settings.role.sendsPublishedData()) {
        ballots.receiveAnswer(json.convertValue(data, SurveyBallots.BallotAnswer.class));
      } else if (kind.equals(OutboxListener.BRIBERY_CHECK) && settings.role.sendsPublishedData()) {
        hall.receiveBriberyRequest(json.convertValue(data, HallReplicas.BriberyRequest.class));
      } else {
        throw new RecordRejected(
            "kind: " + Texts.text("transfer.record-applier.kind.not-here", settings.role, kind));
      }
    } catch (JacksonException e) {
      throw new RecordRejected(
          "data: " + Texts.text("transfer.record-applier.data.malformed", e.getOriginalMessage()));
    } catch (IllegalArgumentException e) {
      throw new RecordRejected(e.getMessage());
    } catch (NullPointerException | DateTimeException | NoSuchElementException e) {
      // A signed record with a missing or impossible field: the same every time, so retrying would
      // block the channel for ever. Transient database errors still propagate and are retried.
      throw new RecordRejected(
          "data: " + Texts.text("transfer.record-applier.data.invalid", e.getMessage()));
    } catch (DataIntegrityViolationException e) {
      throw new RecordRejected(
          Texts.text(
              "transfer.record-applier.data.conflict", e.getMostSpecificCause().getMessage()));
    }
  }
}
