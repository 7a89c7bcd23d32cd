package org.sunshine.platform.petitions;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Forbidden;

/** 控申's console: the queues, registering a visit, a call or a letter, and each handling step. */
@Controller
class ConsolePetitionsController {

  private final Petitions petitions;
  private final PetitionQueries queries;
  private final PetitionProperties settings;
  private final PetitionExtensions extensions;
  private final MessageSource messages;
  private final Directory directory;
  private final Clock clock;

  ConsolePetitionsController(
      Petitions petitions,
      PetitionQueries queries,
      PetitionProperties settings,
      PetitionExtensions extensions,
      MessageSource messages,
      Directory directory,
      Clock clock) {
    this.messages = messages;
    this.extensions = extensions;
    this.petitions = petitions;
    this.queries = queries;
    this.settings = settings;
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping("/console/petitions")
  String queue(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(defaultValue = "WAITING") PetitionQueries.Queue queue,
      Model model) {
    model.addAttribute("queue", queue);
    model.addAttribute("queues", PetitionQueries.Queue.values());
    model.addAttribute("items", queries.queue(me, queue));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("soonDays", settings.dueSoonDays());
    model.addAttribute("office", PetitionAccess.office(me));
    return "petitions/console-list";
  }

  /**
   * The queue as CSV for reports: the matters only, never who filed them (举报人 protection); its
   * subject is left out too, as it may name people.
   */
  @GetMapping(value = "/console/petitions/export.csv", produces = "text/csv;charset=UTF-8")
  @ResponseBody
  String export(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(defaultValue = "ALL") PetitionQueries.Queue queue) {
    StringBuilder csv = new StringBuilder("id,unit,kind,channel,state,received_on,next_due\n");
    for (PetitionView p : queries.queue(me, queue)) {
      csv.append(p.id())
          .append(',')
          .append(p.unitId())
          .append(',')
          .append(p.kind())
          .append(',')
          .append(p.channel())
          .append(',')
          .append(p.state())
          .append(',')
          .append(p.receivedOn())
          .append(',')
          .append(p.next() == null ? "" : p.next().due())
          .append('\n');
    }
    return csv.toString();
  }

  @GetMapping("/console/petitions/new")
  String newForm(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    requireOffice(me);
    model.addAttribute("kinds", PetitionKind.values());
    model.addAttribute("channels", PetitionChannel.values());
    model.addAttribute("unit", directory.get(me.unitId()));
    return "petitions/console-new";
  }

  @PostMapping("/console/petitions")
  String register(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    try {
      PetitionChannel channel = PetitionChannel.valueOf(request.getParameter("channel"));
      boolean anonymous = "true".equals(request.getParameter("anonymous"));
      NewPetition p = PetitionForms.readAtTheDesk(request, channel, anonymous);
      Receipt r = petitions.register(me, p);
      redirect.addFlashAttribute(
          "message", text("console.petitions.flash.registered", r.queryCode()));
      return "redirect:/console/petitions/" + r.id();
    } catch (IllegalArgumentException | NullPointerException e) {
      model.addAttribute(
          "error",
          e.getMessage() == null ? text("console.petitions.error.channel") : e.getMessage());
      return newForm(me, model);
    }
  }

  @GetMapping("/console/petitions/{id}")
  String detail(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean identity,
      Model model) {
    PetitionView p = queries.view(me, id);
    model.addAttribute("p", p);
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("office", PetitionAccess.office(me));
    model.addAttribute("departments", queries.departments(p.unitId()));
    model.addAttribute("units", directory.all());
    model.addAttribute("extensionPending", extensions.pending(id).isPresent());
    model.addAttribute("decidesExtension", extensions.decides(me, id));
    if (identity) {
      queries.petitioner(me, id).ifPresent(x -> model.addAttribute("petitioner", x));
    }
    return "petitions/console-detail";
  }

  @PostMapping("/console/petitions/{id}/{step}")
  String step(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @PathVariable String step,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    try {
      run(me, id, step, request);
      redirect.addFlashAttribute("message", text("console.petitions.flash.saved"));
    } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/console/petitions/" + id;
  }

  private void run(StaffIdentity me, long id, String step, HttpServletRequest r) {
    String words = r.getParameter("words");
    switch (step) {
      case "accept" -> petitions.accept(me, id);
      case "refer" -> petitions.refer(me, id, r.getParameter("referredTo"));
      case "transfer" -> petitions.transfer(me, id, PetitionForms.unit(r.getParameter("unitId")));
      case "material" -> petitions.askForMaterial(me, id, r.getParameter("missing"));
      case "complete" ->
          petitions.materialComplete(
              me, id, PetitionForms.date(r.getParameter("completeOn"), "completeOn"));
      case "assign" -> petitions.assign(me, id, PetitionForms.unit(r.getParameter("departmentId")));
      case "progress" -> petitions.progress(me, id, words);
      case "result" -> petitions.result(me, id, outcome(r.getParameter("outcome")), words);
      case "close" -> petitions.close(me, id);
      case "reopen" -> petitions.reopen(me, id, words);
      case "extend" -> petitions.requestExtension(me, id, words);
      case "extension-approve" ->
          petitions.decideExtension(me, id, true, r.getParameter("comment"));
      case "extension-return" ->
          petitions.decideExtension(me, id, false, r.getParameter("comment"));
      case "take" -> petitions.hold(me, id, true);
      case "release" -> petitions.hold(me, id, false);
      default -> throw BadInput.at("step", "petitions.console-petitions-controller.step.unknown");
    }
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, PetitionReplies.ZH);
  }

  private static Outcome outcome(String value) {
    try {
      return Outcome.valueOf(value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw BadInput.at("outcome", "petitions.console-petitions-controller.outcome.required");
    }
  }

  private static void requireOffice(StaffIdentity me) {
    if (!PetitionAccess.office(me)) {
      throw Forbidden.of("petitions.console-petitions-controller.register.forbidden");
    }
  }
}
