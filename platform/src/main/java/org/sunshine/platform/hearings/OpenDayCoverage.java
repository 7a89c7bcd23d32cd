package org.sunshine.platform.hearings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Each unit's open days of a year against the minimum (seed 000 §(六), RULES §7: 省检察院每年至少开展1次，
 * 市、县两级检察院每年至少开展2次; settings {@code sunshine.hearings.provincial-open-days} and {@code
 * local-open-days}). A figure is counted from the same list it opens: the open days of the unit and
 * year in that state.
 */
@Component
class OpenDayCoverage {

  /** The states a figure stands for; PLANNED is scheduled or published, not yet held. */
  enum Figure {
    HELD(Set.of("HELD")),
    PLANNED(Set.of("SCHEDULED", "PUBLISHED")),
    CANCELLED(Set.of("CANCELLED"));

    final Set<String> states;

    Figure(Set<String> states) {
      this.states = states;
    }

    boolean counts(OpenDayView d) {
      return states.contains(d.state());
    }
  }

  record Row(ProcuratorateView unit, int required, int held, int planned, int cancelled) {
    public boolean met() {
      return held >= required;
    }

    /** Held, and held or planned, as a share of the minimum (for the chart; 100 = met). */
    public int heldPercent() {
      return required == 0 ? 100 : Math.min(100, held * 100 / required);
    }

    public int plannedPercent() {
      return required == 0 ? 100 : Math.min(100, (held + planned) * 100 / required);
    }
  }

  private final OpenDays openDays;
  private final Directory directory;
  private final HearingsProperties settings;

  OpenDayCoverage(OpenDays openDays, Directory directory, HearingsProperties settings) {
    this.openDays = openDays;
    this.directory = directory;
    this.settings = settings;
  }

  int required(ProcuratorateLevel level) {
    return switch (level) {
      case PROVINCIAL -> settings.provincialOpenDays();
      case MUNICIPAL, COUNTY -> settings.localOpenDays();
      case SUPREME -> 0;
    };
  }

  List<Row> of(StaffIdentity staff, int year) {
    List<OpenDayView> all = openDays.ofYear(staff, year);
    List<Row> rows = new ArrayList<>();
    directory.unitsVisibleTo(staff).stream()
        .map(directory::get)
        .sorted(Comparator.comparing(ProcuratorateView::code))
        .forEach(
            u -> {
              List<OpenDayView> own = all.stream().filter(d -> d.unitId() == u.id()).toList();
              rows.add(
                  new Row(
                      u,
                      required(u.level()),
                      count(own, Figure.HELD),
                      count(own, Figure.PLANNED),
                      count(own, Figure.CANCELLED)));
            });
    return rows;
  }

  /** The open days behind one figure: of a unit (or all in scope), a year and a figure (or all). */
  List<OpenDayView> list(StaffIdentity staff, int year, Long unitId, Figure figure) {
    return openDays.ofYear(staff, year).stream()
        .filter(d -> unitId == null || d.unitId() == unitId)
        .filter(d -> figure == null || figure.counts(d))
        .toList();
  }

  private static int count(List<OpenDayView> days, Figure f) {
    return (int) days.stream().filter(f::counts).count();
  }
}
