package org.sunshine.platform.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.Directory;

/**
 * Builds the {@link CaseView} of a case: parties with their own timelines, measures, deadline and
 * screening.
 */
@Component
class CaseAssembler {

  private final CaseRows rows;
  private final Screening screening;
  private final DeadlineCalculator deadlines;
  private final Directory directory;
  private final Clock clock;

  CaseAssembler(
      CaseRows rows,
      Screening screening,
      DeadlinePolicy policy,
      WorkingCalendar calendar,
      Directory directory,
      Clock clock) {
    this.rows = rows;
    this.directory = directory;
    this.screening = screening;
    this.deadlines = new DeadlineCalculator(policy, calendar);
    this.clock = clock;
  }

  CaseView assemble(CaseRows.CaseRow c) {
    List<EventView> events = rows.events(c.id());
    List<CaseRows.MeasureRow> measures = rows.measures(c.id());
    List<Screening.Stored> screened = screening.results(c.id());
    LocalDate today = LocalDate.now(clock);
    List<PartyRecord> parties = new ArrayList<>();
    for (CaseRows.PartyRow p : rows.parties(c.id())) {
      List<EventView> own =
          events.stream()
              .filter(e -> e.partyId() == null || Objects.equals(e.partyId(), p.id()))
              .toList();
      List<MeasureView> ownMeasures =
          measures.stream()
              .filter(m -> m.partyId() == p.id())
              .map(CaseRows.MeasureRow::view)
              .toList();
      Deadline deadline =
          p.role().accused()
              ? deadline(c, own, ownMeasures, today)
              : new Deadline(null, null, null, 0, 0, false, false);
      List<ScreeningFinding> findings =
          screened.stream()
              .filter(s -> s.partyId() == p.id())
              .map(Screening.Stored::finding)
              .toList();
      parties.add(
          new PartyRecord(
              p.id(),
              p.partyNo(),
              p.name(),
              p.role(),
              p.idNumber(),
              p.birthDate(),
              p.nationality(),
              p.officialRank(),
              p.offenceOn(),
              own,
              ownMeasures,
              deadline,
              findings));
    }
    List<EventView> caseEvents = events.stream().filter(e -> e.partyId() == null).toList();
    return new CaseView(
        c.id(),
        c.caseNumber(),
        c.unitId(),
        directory.get(c.unitId()).name(),
        c.caseType(),
        c.charge(),
        c.caseTeam(),
        c.procurator(),
        c.acceptedOn(),
        c.secret(),
        c.complex(),
        c.version(),
        parties,
        caseEvents);
  }

  private Deadline deadline(
      CaseRows.CaseRow c, List<EventView> events, List<MeasureView> measures, LocalDate today) {
    List<DeadlineCalculator.Step> steps =
        events.stream().map(e -> new DeadlineCalculator.Step(e.type(), e.occurredOn())).toList();
    LocalDate accepted = c.acceptedOn();
    boolean detained = accepted != null && held(measures, accepted, DETAINED);
    return deadlines.compute(
        c.caseType(), steps, detained, c.complex(), today, day -> held(measures, day, IN_CUSTODY));
  }

  private static final Set<CompulsoryMeasureKind> DETAINED =
      EnumSet.of(CompulsoryMeasureKind.DETENTION);
  private static final Set<CompulsoryMeasureKind> IN_CUSTODY =
      EnumSet.of(CompulsoryMeasureKind.DETENTION, CompulsoryMeasureKind.ARREST);

  /** One of the measures in force on the day. */
  private static boolean held(
      List<MeasureView> measures, LocalDate day, Set<CompulsoryMeasureKind> kinds) {
    return measures.stream()
        .anyMatch(
            m ->
                kinds.contains(m.kind())
                    && !m.startedOn().isAfter(day)
                    && (m.endedOn() == null || !m.endedOn().isBefore(day)));
  }
}
