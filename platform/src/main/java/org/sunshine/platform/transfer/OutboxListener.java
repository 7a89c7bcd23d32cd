package org.sunshine.platform.transfer;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.sunshine.platform.access.AccessApplicationDecided;
import org.sunshine.platform.access.AccessApplicationSubmitted;
import org.sunshine.platform.access.AccessReplicas;
import org.sunshine.platform.archives.AnnualReportPublished;
import org.sunshine.platform.hearings.HearingChanged;
import org.sunshine.platform.hearings.HearingObserverChanged;
import org.sunshine.platform.hearings.OpenDayBookingChanged;
import org.sunshine.platform.hearings.OpenDayChanged;
import org.sunshine.platform.infrastructure.NodeRole;
import org.sunshine.platform.petitions.BriberyCheckAnswered;
import org.sunshine.platform.petitions.BriberyCheckRequested;
import org.sunshine.platform.petitions.PetitionAdvanced;
import org.sunshine.platform.petitions.PetitionChannel;
import org.sunshine.platform.petitions.PetitionRegistered;
import org.sunshine.platform.petitions.ReceptionBooked;
import org.sunshine.platform.petitions.ReceptionDayPublished;
import org.sunshine.platform.petitions.ReceptionSeatsChanged;
import org.sunshine.platform.publication.DocumentPublished;
import org.sunshine.platform.publication.DocumentWithdrawn;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.ReleasePinned;
import org.sunshine.platform.publication.ReleasePublished;
import org.sunshine.platform.publication.ReleaseWithdrawn;
import org.sunshine.platform.surveys.SurveyAnsweredOutside;
import org.sunshine.platform.surveys.SurveyInvitationChanged;

/**
 * Notes, after each commit, which published item changed, so the next package carries its state
 * then. Only an internal node sends published data (on a public node the same events come from
 * applying a package and must not echo back).
 */
@Component
class OutboxListener {

  static final String DOCUMENT = "document";
  static final String RELEASE = "release";
  static final String ACK = "ack";
  static final String APPLICATION = "application";
  static final String DECISION = "decision";
  static final String PETITION = "petition";
  static final String PETITION_STATE = "petition-state";
  static final String RECEPTION_DAY = "reception-day";
  static final String RECEPTION_BOOKING = "reception-booking";
  static final String RECEPTION_ANSWER = "reception-answer";
  static final String BRIBERY_CHECK = "bribery-check";
  static final String BRIBERY_ANSWER = "bribery-answer";
  static final String ANNUAL_REPORT = "annual-report";
  static final String OPEN_DAY = "open-day";
  static final String OPEN_DAY_BOOKING = "open-day-booking";
  static final String OPEN_DAY_ANSWER = "open-day-answer";
  static final String HEARING = "hearing";
  static final String HEARING_OBSERVER = "hearing-observer";
  static final String HEARING_ANSWER = "hearing-answer";
  static final String SURVEY_BALLOT = "survey-ballot";
  static final String SURVEY_ANSWER = "survey-answer";

  private final TransferRows rows;
  private final TransferSettings settings;
  private final AccessReplicas access;
  private final Clock clock;

  OutboxListener(TransferRows rows, TransferSettings settings, AccessReplicas access, Clock clock) {
    this.rows = rows;
    this.settings = settings;
    this.access = access;
    this.clock = clock;
  }

  /** What the public files goes the other way (public node). */
  @ApplicationModuleListener
  void on(AccessApplicationSubmitted e) {
    if (settings.role == NodeRole.PUBLIC) {
      rows.queue(APPLICATION, e.applicationId(), clock.instant());
    }
  }

  /** A petition filed on the public node goes inside to be handled (public node). */
  @ApplicationModuleListener
  void on(PetitionRegistered e) {
    if (settings.role == NodeRole.PUBLIC && e.channel() == PetitionChannel.ONLINE) {
      rows.queue(PETITION, e.petitionId(), clock.instant());
    }
  }

  /** Each step on a petition filed outside travels back with its replies (internal node). */
  @ApplicationModuleListener
  void on(PetitionAdvanced e) {
    if (e.filedOutside()) {
      queue(PETITION_STATE, e.petitionId());
    }
  }

  /** An annual report published inside is read on the public site (internal node). */
  @ApplicationModuleListener
  void on(AnnualReportPublished e) {
    queue(ANNUAL_REPORT, e.reportId());
  }

  /** A reception day published inside is listed outside (internal node). */
  @ApplicationModuleListener
  void on(ReceptionDayPublished e) {
    queue(RECEPTION_DAY, e.dayId());
  }

  /** A booking made outside goes inside with its matter (public node). */
  @ApplicationModuleListener
  void on(ReceptionBooked e) {
    if (settings.role == NodeRole.PUBLIC) {
      rows.queue(RECEPTION_BOOKING, e.bookingId(), clock.instant());
    }
  }

  /** Inside, a day's seats go out again, and for a booking from outside its answer. */
  @ApplicationModuleListener
  void on(ReceptionSeatsChanged e) {
    if (e.filedOutside()) {
      queue(RECEPTION_ANSWER, e.bookingId());
    }
    queue(RECEPTION_DAY, e.dayId());
  }

  /** A 行贿犯罪档案查询 requested outside goes inside to be answered (public node). */
  @ApplicationModuleListener
  void on(BriberyCheckRequested e) {
    if (settings.role == NodeRole.PUBLIC) {
      rows.queue(BRIBERY_CHECK, e.checkId(), clock.instant());
    }
  }

  /** Its answer travels back (internal node). */
  @ApplicationModuleListener
  void on(BriberyCheckAnswered e) {
    if (e.filedOutside()) {
      queue(BRIBERY_ANSWER, e.checkId());
    }
  }

  /** An open day published, cancelled or held inside is listed outside as it stands. */
  @ApplicationModuleListener
  void on(OpenDayChanged e) {
    queue(OPEN_DAY, e.openDayId());
  }

  /**
   * A booking made or cancelled outside goes inside (public node); inside, the open day's seats go
   * out again, and for a booking from outside its answer (internal node).
   */
  @ApplicationModuleListener
  void on(OpenDayBookingChanged e) {
    if (settings.role == NodeRole.PUBLIC) {
      rows.queue(OPEN_DAY_BOOKING, e.bookingId(), clock.instant());
      return;
    }
    if (e.filedOutside()) {
      queue(OPEN_DAY_ANSWER, e.bookingId());
    }
    queue(OPEN_DAY, e.openDayId());
  }

  /** A hearing announced, cancelled or held inside is listed outside with its outcome. */
  @ApplicationModuleListener
  void on(HearingChanged e) {
    queue(HEARING, e.hearingId());
  }

  /** An application to observe made outside goes inside; inside, its answer and seats go out. */
  @ApplicationModuleListener
  void on(HearingObserverChanged e) {
    if (settings.role == NodeRole.PUBLIC) {
      rows.queue(HEARING_OBSERVER, e.observerId(), clock.instant());
      return;
    }
    if (e.filedOutside()) {
      queue(HEARING_ANSWER, e.observerId());
    }
    queue(HEARING, e.hearingId());
  }

  /** An invitation sent, answered or opted out of inside: its ballot goes to the public form. */
  @ApplicationModuleListener
  void on(SurveyInvitationChanged e) {
    queue(SURVEY_BALLOT, e.invitationId());
  }

  /** An answer given on the public node's form goes inside (public node). */
  @ApplicationModuleListener
  void on(SurveyAnsweredOutside e) {
    if (settings.role == NodeRole.PUBLIC) {
      rows.queue(SURVEY_ANSWER, e.invitationOriginId(), clock.instant());
    }
  }

  /** 案管's decisions and revocations travel back (internal node; only for the public's own). */
  @ApplicationModuleListener
  void on(AccessApplicationDecided e) {
    queue(DECISION, e.applicationId());
  }

  /**
   * Once a day every live grant's replica again: its deadline day count moves with the calendar.
   */
  @Scheduled(cron = "${sunshine.transfer.refresh-cron:0 10 0 * * *}")
  @SchedulerLock(name = "transfer.refresh-replicas")
  public void refreshReplicas() {
    if (settings.role.sendsPublishedData()) {
      access.remoteApplicationsWithLiveGrants().forEach(id -> queue(DECISION, id));
    }
  }

  @ApplicationModuleListener
  void on(DocumentPublished e) {
    if (e.channel() == PublicationChannel.INTERNET) {
      queue(DOCUMENT, e.documentId());
    }
  }

  @ApplicationModuleListener
  void on(DocumentWithdrawn e) {
    queue(DOCUMENT, e.documentId());
  }

  @ApplicationModuleListener
  void on(ReleasePublished e) {
    queue(RELEASE, e.releaseId());
  }

  @ApplicationModuleListener
  void on(ReleaseWithdrawn e) {
    queue(RELEASE, e.releaseId());
  }

  @ApplicationModuleListener
  void on(ReleasePinned e) {
    queue(RELEASE, e.releaseId());
  }

  private void queue(String kind, long id) {
    if (settings.role.sendsPublishedData()) {
      rows.queue(kind, id, clock.instant());
    }
  }
}
