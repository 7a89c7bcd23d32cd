package org.sunshine.platform.petitions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunshine.platform.access.ApplicantSignIn;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Texts;
import org.sunshine.redaction.DocumentType;

/**
 * The public side (mobile first): what can be filed and how, filing signed in by SMS or as an
 * anonymous 举报, following one's matters, reading a reply with the query code and password.
 */
@Controller
class PublicPetitionsController {

  static final String NEXT = "sunshine.petitions.next";
  static final String TRACKED = "sunshine.petitions.tracked";

  private final ApplicantSignIn signIn;
  private final PetitionIntake intake;
  private final PetitionQueries queries;
  private final Petitions petitions;
  private final PetitionProperties settings;
  private final Directory directory;
  private final Clock clock;
  private final MessageSource messages;

  PublicPetitionsController(
      ApplicantSignIn signIn,
      PetitionIntake intake,
      PetitionQueries queries,
      Petitions petitions,
      PetitionProperties settings,
      Directory directory,
      Clock clock,
      MessageSource messages) {
    this.messages = messages;
    this.signIn = signIn;
    this.intake = intake;
    this.queries = queries;
    this.petitions = petitions;
    this.settings = settings;
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping("/petitions")
  String home(Model model) {
    model.addAttribute("kinds", PetitionKind.values());
    model.addAttribute("settings", settings);
    return "petitions/home";
  }

  @GetMapping("/petitions/sign-in")
  String signInPage() {
    return "petitions/sign-in";
  }

  @PostMapping("/petitions/code")
  String sendCode(@RequestParam String mobile, Model model) {
    try {
      model.addAttribute("mobile", signIn.sendCode(mobile));
      return "petitions/enter-code";
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return "petitions/sign-in";
    }
  }

  @PostMapping("/petitions/login")
  String login(
      @RequestParam String mobile,
      @RequestParam String code,
      HttpServletRequest request,
      Model model) {
    try {
      if (!signIn.signIn(mobile, code, request)) {
        model.addAttribute("mobile", mobile);
        model.addAttribute("error", pageText("petitions.error.wrongCode"));
        return "petitions/enter-code";
      }
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return "petitions/sign-in";
    }
    Object next = request.getSession().getAttribute(NEXT);
    request.getSession().removeAttribute(NEXT);
    return "redirect:" + (next instanceof String s ? s : "/petitions/mine");
  }

  @GetMapping("/petitions/mine")
  String mine(HttpSession session, Model model) {
    var me = signIn.current(session);
    if (me.isEmpty()) {
      return "redirect:/petitions/sign-in";
    }
    model.addAttribute("petitions", queries.ofApplicant(me.get()));
    return "petitions/mine";
  }

  @GetMapping("/petitions/mine/{id}")
  String myPetition(HttpSession session, @PathVariable long id, Model model) {
    var me = signIn.current(session);
    if (me.isEmpty()) {
      return "redirect:/petitions/sign-in";
    }
    PetitionView p = queries.ofApplicant(me.get(), id).orElseThrow(NoSuchElementException::new);
    session.setAttribute(TRACKED, p.id());
    return detail(p, model);
  }

  @GetMapping("/petitions/file")
  String fileForm(
      HttpSession session,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) Long document,
      HttpServletRequest request,
      Model model) {
    if (signIn.current(session).isEmpty()) {
      request.getSession().setAttribute(NEXT, "/petitions/file" + query(kind, document));
      return "redirect:/petitions/sign-in";
    }
    return form(model, kind, document, false);
  }

  @PostMapping("/petitions/file")
  String file(HttpSession session, HttpServletRequest request, Model model) throws IOException {
    var me = signIn.current(session);
    if (me.isEmpty()) {
      return "redirect:/petitions/sign-in";
    }
    Long document = documentParam(request);
    try {
      NewPetition p =
          PetitionForms.read(
              request, PetitionChannel.ONLINE, false, signIn.mobile(me.get()), document);
      return receipt(intake.take(p, me.get(), "applicant:" + me.get()), model);
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return form(model, request.getParameter("kind"), document, false);
    }
  }

  /** 举报 without a name: a query code and the reporter's own password open the replies. */
  @GetMapping("/petitions/report")
  String reportForm(Model model) {
    return form(model, PetitionKind.REPORT.name(), null, true);
  }

  @PostMapping("/petitions/report")
  String report(HttpServletRequest request, Model model) throws IOException {
    try {
      NewPetition p = PetitionForms.read(request, PetitionChannel.ONLINE, true, null, null);
      if (p.kind() != PetitionKind.REPORT) {
        throw BadInput.at("kind", "petitions.public-petitions-controller.anonymous.reports-only");
      }
      return receipt(intake.take(p, null, "anonymous"), model);
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return form(model, PetitionKind.REPORT.name(), null, true);
    }
  }

  @GetMapping("/petitions/track")
  String trackForm() {
    return "petitions/track";
  }

  @PostMapping("/petitions/track")
  String track(
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String password,
      HttpSession session,
      Model model) {
    var found = queries.track(code, password);
    if (found.isEmpty()) {
      model.addAttribute("error", pageText("petitions.error.wrongPassword"));
      return "petitions/track";
    }
    session.setAttribute(TRACKED, found.get().id());
    return detail(found.get(), model);
  }

  @GetMapping("/petitions/statistics")
  String statistics(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) String month,
      Model model) {
    YearMonth m;
    try {
      m = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "month: " + Texts.text("petitions.public-petitions-controller.month.format"), e);
    }
    long unitId = unit == null ? directory.roots().get(0).id() : unit;
    model.addAttribute("units", directory.all());
    model.addAttribute("unit", directory.find(unitId).orElseThrow(NoSuchElementException::new));
    model.addAttribute("stats", petitions.statistics(unitId, m));
    model.addAttribute("month", m);
    return "petitions/statistics";
  }

  private String detail(PetitionView p, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("today", LocalDate.now(clock));
    return "petitions/public-detail";
  }

  private String receipt(Receipt r, Model model) {
    model.addAttribute("receipt", r);
    return "petitions/receipt";
  }

  private String form(Model model, String kind, Long document, boolean anonymous) {
    model.addAttribute("units", directory.all());
    model.addAttribute("kinds", PetitionKind.values());
    model.addAttribute("kind", kind == null ? PetitionKind.ACCUSATION.name() : kind);
    model.addAttribute("document", document);
    model.addAttribute("anonymous", anonymous);
    // 应公开而未公开: an objection with no public page behind it names the case and the document type.
    boolean withheld =
        !anonymous && document == null && PetitionKind.DISCLOSURE_OBJECTION.name().equals(kind);
    model.addAttribute("withheld", withheld);
    model.addAttribute(
        "types",
        Arrays.stream(DocumentType.values()).filter(t -> t != DocumentType.OTHER).toList());
    return "petitions/file";
  }

  private static Long documentParam(HttpServletRequest request) {
    String d = request.getParameter("documentId");
    try {
      return d == null || d.isBlank() ? null : Long.valueOf(d);
    } catch (NumberFormatException e) {
      throw BadInput.at("documentId", "petitions.public-petitions-controller.document.unknown");
    }
  }

  private static String query(String kind, Long document) {
    StringBuilder q = new StringBuilder();
    if (kind != null && kind.matches("[A-Z_]{1,40}")) {
      q.append("?kind=").append(kind);
    }
    if (document != null) {
      q.append(q.isEmpty() ? "?" : "&").append("document=").append(document);
    }
    return q.toString();
  }

  /** Text for the page, from the bundles. */
  private String pageText(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
