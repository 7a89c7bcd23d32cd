package org.sunshine.platform.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * The statistics dashboard: a unit's month (plan, completion, rates) per unit below it, per type,
 * department and handler, a year's trend; every figure links to its list, which exports to CSV and
 * XLSX.
 */
@Controller
@RequestMapping("/console/statistics")
class StatisticsConsoleController {

  private final Completion completion;
  private final MonthlyPlans plans;
  private final StatisticsAccess access;
  private final Names names;
  private final LedgerExport export;
  private final Directory directory;
  private final OtherFigures other;
  private final Clock clock;

  StatisticsConsoleController(
      Completion completion,
      MonthlyPlans plans,
      StatisticsAccess access,
      Names names,
      LedgerExport export,
      Directory directory,
      OtherFigures other,
      Clock clock) {
    this.other = other;
    this.completion = completion;
    this.plans = plans;
    this.access = access;
    this.names = names;
    this.export = export;
    this.directory = directory;
    this.clock = clock;
  }

  /** Handlers per page of the dashboard's handler table (a province's own unit has hundreds). */
  static final int HANDLERS_PER_PAGE = 50;

  @GetMapping
  String dashboard(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) YearMonth month,
      @RequestParam(defaultValue = "0") int handlerPage,
      Model model) {
    LocalDate m = month(month);
    long u = access.unit(me, unit, true);
    boolean below = access.seesBelow(me, u);
    model.addAttribute("unit", directory.get(u));
    model.addAttribute("path", directory.path(u));
    model.addAttribute("month", YearMonth.from(m));
    model.addAttribute("months", recentMonths());
    model.addAttribute("own", !below);
    List<Completion.UnitLine> lines = below ? completion.lines(u, m) : List.of();
    model.addAttribute("lines", lines);
    // The lines are the units below plus the unit's own: their sum is the rolled-up total.
    model.addAttribute(
        "total",
        below
            ? Completion.sum(lines.stream().map(Completion.UnitLine::figures).toList())
            : own(u, m));
    model.addAttribute("frozen", plans.find(m).isPresent());
    model.addAttribute("byType", completion.by(Dimension.TYPE, u, !below, m));
    model.addAttribute("byDepartment", completion.by(Dimension.DEPARTMENT, u, true, m));
    Map<String, Figures> handlers = completion.by(Dimension.HANDLER, u, true, m);
    int pages = Math.max(1, (handlers.size() + HANDLERS_PER_PAGE - 1) / HANDLERS_PER_PAGE);
    int page = Math.max(0, Math.min(handlerPage, pages - 1));
    Map<String, Figures> shown = handlerPage(handlers, page);
    model.addAttribute("byHandler", shown);
    model.addAttribute("handlerPage", page);
    model.addAttribute("handlerPages", pages);
    model.addAttribute("handlerCount", handlers.size());
    // One query for the names on the page, not one per person (ADR 17, measured).
    model.addAttribute("names", names.lookup().preload(shown.keySet()));
    model.addAttribute("trend", completion.trend(u, m.minusMonths(11), 12));
    model.addAttribute("figures", Figure.values());
    return "statistics/dashboard";
  }

  /** One page of handlers, those with the most overdue documents first. */
  private static Map<String, Figures> handlerPage(Map<String, Figures> all, int page) {
    Map<String, Figures> shown = new LinkedHashMap<>();
    all.entrySet().stream()
        .sorted(
            Comparator.comparingLong((Map.Entry<String, Figures> e) -> -e.getValue().overdue())
                .thenComparingLong(e -> -e.getValue().due())
                .thenComparing(Map.Entry::getKey))
        .skip((long) page * HANDLERS_PER_PAGE)
        .limit(HANDLERS_PER_PAGE)
        .forEach(e -> shown.put(e.getKey(), e.getValue()));
    return shown;
  }

  private Figures own(long unit, LocalDate m) {
    return completion.ownByUnit(m, List.of(unit)).getOrDefault(unit, Figures.NONE);
  }

  /**
   * The other disclosure figures of the unit's month (releases, queries, lawyers, petitions), read
   * from their modules: loaded after the dashboard (htmx) so they never slow it down.
   */
  @GetMapping("/other")
  String other(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) YearMonth month,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    LocalDate m = month(month);
    long u = access.unit(me, unit, true);
    // Like the dashboard: with the units below when the viewer sees them, else the unit alone.
    Set<Long> units = access.seesBelow(me, u) ? directory.selfAndDescendants(u) : Set.of(u);
    model.addAttribute("unit", directory.get(u));
    model.addAttribute("month", YearMonth.from(m));
    model.addAttribute("other", other.of(me, u, units, YearMonth.from(m)));
    model.addAttribute("names", names.lookup());
    model.addAttribute("from", m);
    model.addAttribute("to", m.plusMonths(1).minusDays(1));
    return htmx != null ? "statistics/other :: figures" : "statistics/other";
  }

  @GetMapping("/list")
  String list(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) YearMonth month,
      @RequestParam Figure figure,
      @RequestParam(defaultValue = "false") boolean own,
      @RequestParam(required = false) Dimension dim,
      @RequestParam(required = false) String key,
      Model model) {
    LocalDate m = month(month);
    long u = access.unit(me, unit, own);
    model.addAttribute("unit", directory.get(u));
    model.addAttribute("month", YearMonth.from(m));
    model.addAttribute("figure", figure);
    model.addAttribute("own", own);
    model.addAttribute("dim", dim);
    model.addAttribute("key", key);
    model.addAttribute("lines", lines(u, own, m, figure, dim, key));
    return "statistics/list";
  }

  @GetMapping("/list.csv")
  ResponseEntity<byte[]> csv(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) YearMonth month,
      @RequestParam Figure figure,
      @RequestParam(defaultValue = "false") boolean own,
      @RequestParam(required = false) Dimension dim,
      @RequestParam(required = false) String key) {
    LocalDate m = month(month);
    long u = access.unit(me, unit, own);
    return file(
        export.csv(lines(u, own, m, figure, dim, key)),
        "text/csv;charset=UTF-8",
        name(u, m, figure) + ".csv");
  }

  @GetMapping("/list.xlsx")
  ResponseEntity<byte[]> xlsx(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) YearMonth month,
      @RequestParam Figure figure,
      @RequestParam(defaultValue = "false") boolean own,
      @RequestParam(required = false) Dimension dim,
      @RequestParam(required = false) String key) {
    LocalDate m = month(month);
    long u = access.unit(me, unit, own);
    return file(
        export.xlsx(lines(u, own, m, figure, dim, key)),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        name(u, m, figure) + ".xlsx");
  }

  private List<EntryLine> lines(
      long u, boolean own, LocalDate m, Figure figure, Dimension dim, String key) {
    return names.lookup().lines(completion.entries(u, own, m, figure, dim, key));
  }

  private static String name(long unit, LocalDate m, Figure f) {
    return "ledger-" + unit + "-" + YearMonth.from(m) + "-" + f.name().toLowerCase();
  }

  private static ResponseEntity<byte[]> file(byte[] body, String type, String filename) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }

  private LocalDate month(YearMonth month) {
    return (month == null ? YearMonth.now(clock) : month).atDay(1);
  }

  private List<YearMonth> recentMonths() {
    YearMonth now = YearMonth.now(clock);
    return IntStream.range(0, 24).mapToObj(now::minusMonths).toList();
  }
}
