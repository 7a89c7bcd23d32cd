package org.sunshine.platform.hearings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Texts;

/**
 * Public hearings across a split deployment (ADR 11, 28), as open days cross: an announced hearing,
 * then its outcome or its cancellation, is listed outside in its public wording (no case, no
 * supervisor, no observer); an application to observe made outside is a request that crosses
 * inside, where the observer seats are counted under the hearing's lock; the answer comes back and
 * the applicant is told there.
 */
@Service
public class HearingReplicas {

  /** A hearing as the public node lists it (by the internal node's id). */
  public record HearingReplica(
      long originId,
      long unitId,
      String kind,
      String subject,
      Instant startsAt,
      String place,
      boolean observersAdmitted,
      int observerSeats,
      int observers,
      String state,
      String outcome) {}

  /** An application to observe made on the public node (its id and random key there). */
  public record ObserverRequest(
      long originId,
      UUID key,
      long hearingOriginId,
      String visitorName,
      String mobile,
      Instant requestedAt) {}

  /** The internal node's answer, by the public node's id and key: ADMITTED or REFUSED. */
  public record ObserverAnswer(long originId, UUID key, String state, String refusal) {}

  private final HearingReplicaRows rows;
  private final HearingRows hearingRows;
  private final Hearings hearings;
  private final HearingNotices notices;
  private final Directory directory;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  HearingReplicas(
      HearingReplicaRows rows,
      HearingRows hearingRows,
      Hearings hearings,
      HearingNotices notices,
      Directory directory,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.hearingRows = hearingRows;
    this.hearings = hearings;
    this.notices = notices;
    this.directory = directory;
    this.events = events;
    this.clock = clock;
  }

  /** A hearing announced here (internal node), never one only scheduled, for the public node. */
  @Transactional(readOnly = true)
  public Optional<HearingReplica> exportHearing(long hearingId) {
    return rows.hearing(hearingId);
  }

  /** Every hearing ever announced, cancelled ones too (internal node): what a baseline carries. */
  @Transactional(readOnly = true)
  public List<Long> publicHearings() {
    return rows.publicLocal();
  }

  /**
   * The answers to the applications from outside to observe a hearing still to come (internal
   * node): sent again with everything, for a public node rebuilt or restored from a backup.
   */
  @Transactional(readOnly = true)
  public List<Long> announcedAnswers() {
    return rows.announcedAnswers();
  }

  /** Lists a hearing announced inside (public node); sent again it is updated, not doubled. */
  @Transactional
  public void applyHearing(HearingReplica h) {
    if (directory.find(h.unitId()).isEmpty()) {
      throw BadInput.at("unitId", "hearings.hearing-replicas.unit.unknown", h.unitId());
    }
    HearingKind.valueOf(h.kind());
    PublicHearing.State state = PublicHearing.State.valueOf(h.state());
    if (state == PublicHearing.State.SCHEDULED || h.startsAt() == null || h.subject() == null) {
      throw BadInput.at("state", "hearings.hearing-replicas.state.not-announced");
    }
    if (h.observerSeats() < 0 || h.observerSeats() > 500 || h.observers() < 0) {
      throw BadInput.at("observerSeats", "hearings.hearing-replicas.observer-seats.invalid");
    }
    Optional<String> before = rows.lockReplicaState(h.originId());
    long id = rows.upsertReplica(h, clock.instant());
    if (state == PublicHearing.State.CANCELLED && !before.equals(Optional.of("CANCELLED"))) {
      HearingView view = hearings.view(hearingRows.find(id).orElseThrow());
      for (HearingRows.Observer o : hearingRows.observerList(id)) {
        notices.cancelledForObserver(view, o.id(), o.applicantId(), o.mobile());
      }
    }
    if (state == PublicHearing.State.WITHDRAWN && !before.equals(Optional.of("WITHDRAWN"))) {
      HearingView view = hearings.view(hearingRows.find(id).orElseThrow());
      for (HearingRows.Observer o : hearingRows.observerList(id)) {
        notices.withdrawnForObserver(view, o.id(), o.applicantId(), o.mobile());
      }
    }
    if (state != PublicHearing.State.ANNOUNCED) {
      rows.refusePending(
          id,
          Texts.text(
              "hearings.hearing-replicas.pending.hearing-over")); // an application still on its way
      // is off
    }
  }

  /** An application made here (public node), for the internal node. */
  @Transactional(readOnly = true)
  public Optional<ObserverRequest> exportObserver(long observerId) {
    return rows.request(observerId);
  }

  /**
   * Takes in an application made outside (internal node): admitted within the seats under the
   * hearing's lock, as of when it was made outside, or refused with the reason; the same one twice
   * is one.
   */
  @Transactional
  public void receiveObserver(ObserverRequest r) {
    if (r.visitorName() == null || r.visitorName().isBlank() || r.mobile() == null) {
      throw BadInput.at("visitorName", "hearings.hearing-replicas.visitor.missing");
    }
    if (r.requestedAt() == null || r.key() == null) {
      throw BadInput.at("requestedAt", "hearings.hearing-replicas.requested-at.missing");
    }
    PublicHearing h =
        hearingRows
            .lock(r.hearingOriginId())
            .filter(x -> !x.replica)
            .orElseThrow(
                () ->
                    BadInput.at(
                        "hearingOriginId",
                        "hearings.hearing-replicas.hearing.unknown",
                        r.hearingOriginId()));
    Optional<Long> known = rows.byKey(r.key());
    if (known.isPresent()) {
      // The same application again (a public node restored from a backup sends it anew): its
      // answer goes back again, which the public node takes only while it still waits for one.
      events.publishEvent(new HearingObserverChanged(known.get(), h.id, true));
      return;
    }
    String refusal = null;
    try {
      h.admitObserver(hearingRows.observers(h.id), r.requestedAt());
    } catch (IllegalArgumentException e) {
      refusal = Forms.reason(e);
    }
    long id = rows.insertFromOutside(h.id, r, refusal, clock.instant());
    events.publishEvent(new HearingObserverChanged(id, h.id, true));
  }

  /** The answer to an application made outside (internal node), for the public node. */
  @Transactional(readOnly = true)
  public Optional<ObserverAnswer> exportAnswer(long observerId) {
    return rows.answer(observerId);
  }

  /** The answer arrives (public node): the applicant is told, once. */
  @Transactional
  public void applyAnswer(ObserverAnswer a) {
    if (a.key() == null || !"ADMITTED".equals(a.state()) && !"REFUSED".equals(a.state())) {
      throw BadInput.at("state", "hearings.hearing-replicas.answer.unknown", a.state());
    }
    rows.answerPending(a.originId(), a.key(), a.state(), a.refusal())
        .ifPresent(
            o -> {
              HearingView view = hearings.view(hearingRows.find(o.hearingId()).orElseThrow());
              if ("ADMITTED".equals(a.state())) {
                notices.admitted(view, a.originId(), o.applicantId(), o.mobile());
              } else {
                notices.refused(view, a.originId(), o.applicantId(), o.mobile(), a.refusal());
              }
            });
  }
}
