package org.sunshine.platform.lawyers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * 案管's 律师服务 pages: the queue, a request with its decision form, identities, figures, complaints.
 */
@Controller
@RequestMapping("/console/lawyers")
class StaffLawyersController {

  private final StaffDesk desk;
  private final Clock clock;
  private final LawyerAccounts accounts;
  private final LawyerGrants grants;
  private final Complaints complaints;
  private final LawyerFigures figures;
  private final LawyerProperties properties;
  private final Directory directory;

  StaffLawyersController(
      StaffDesk desk,
      LawyerAccounts accounts,
      LawyerGrants grants,
      Complaints complaints,
      LawyerFigures figures,
      LawyerProperties properties,
      Directory directory,
      Clock clock) {
    this.clock = clock;
    this.desk = desk;
    this.accounts = accounts;
    this.grants = grants;
    this.complaints = complaints;
    this.figures = figures;
    this.properties = properties;
    this.directory = directory;
  }

  @GetMapping
  String queue(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    if (!me.hasRole(Role.CASE_MANAGEMENT) && me.hasRole(Role.DEPUTY_CHIEF)) {
      return "redirect:/console/lawyers/complaints"; // the deputy chief's part: complaints
    }
    var open = desk.queue(me);
    var decided = desk.decided(me);
    desk.recordQueueLook(me, open.size(), decided.size());
    model.addAttribute("open", open);
    model.addAttribute("decided", decided);
    return "lawyers/console-queue";
  }

  @GetMapping("/requests/{id}")
  String request(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    model.addAttribute("r", desk.view(me, id));
    model.addAttribute("lawyer", desk.lawyerOf(me, id));
    model.addAttribute("reasons", LawyerRequest.REASONS.stream().sorted().toList());
    model.addAttribute("routed", desk.routed(id));
    model.addAttribute("slots", properties.readingRoomSlots());
    model.addAttribute("lastPhone", desk.lastPhone(me));
    return "lawyers/console-request";
  }

  @PostMapping("/requests/{id}/route")
  String route(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      RedirectAttributes redirect) {
    return act(id, redirect, () -> desk.route(me, id));
  }

  @PostMapping("/requests/{id}/accept")
  String accept(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      RedirectAttributes redirect) {
    return act(id, redirect, () -> desk.accept(me, id));
  }

  @PostMapping("/requests/{id}/supplement")
  String supplement(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return act(id, redirect, () -> desk.askForSupplement(me, id, note));
  }

  /** The decision form: shown again with what was typed and the refusal when it cannot be saved. */
  @PostMapping("/requests/{id}/decide")
  String decide(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(required = false) RequestStatus outcome,
      @RequestParam(required = false) String reasonCode,
      @RequestParam(required = false) String reasonText,
      @RequestParam(required = false) String handlerPhone,
      Model model) {
    try {
      desk.decide(
          me,
          id,
          outcome,
          reasonCode == null || reasonCode.isBlank() ? null : reasonCode,
          reasonText,
          handlerPhone);
      return "redirect:/console/lawyers/requests/" + id;
    } catch (IllegalArgumentException | IllegalStateException e) {
      model.addAttribute("error", Errors.text(e));
      model.addAttribute("errorField", Errors.field(e));
      model.addAttribute("typedOutcome", outcome);
      model.addAttribute("typedReason", reasonCode);
      model.addAttribute("typedText", reasonText);
      model.addAttribute("typedPhone", handlerPhone);
      return request(me, id, model);
    }
  }

  @PostMapping("/requests/{id}/booking")
  String booking(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) String slot,
      RedirectAttributes redirect) {
    return act(id, redirect, () -> desk.moveBooking(me, id, day, slot));
  }

  @PostMapping("/requests/{id}/release")
  String release(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    Upload u = LawyerSiteController.upload(file);
    return act(id, redirect, () -> desk.release(me, id, u));
  }

  @PostMapping("/requests/{id}/fulfil")
  String fulfil(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return act(id, redirect, () -> desk.fulfil(me, id, note));
  }

  @PostMapping("/requests/{id}/close")
  String close(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      RedirectAttributes redirect) {
    return act(id, redirect, () -> desk.close(me, id));
  }

  @GetMapping("/requests/{id}/letter.pdf")
  ResponseEntity<byte[]> letter(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me, @PathVariable long id) {
    return file("reply-" + id + ".pdf", MediaType.APPLICATION_PDF_VALUE, desk.replyLetter(me, id));
  }

  @GetMapping("/requests/{id}/files/{fileId}")
  ResponseEntity<byte[]> material(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @PathVariable long fileId) {
    Upload u = desk.material(me, id, fileId);
    return file(u.fileName(), u.contentType(), u.content());
  }

  @GetMapping("/accounts")
  String accounts(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    model.addAttribute("lawyers", accounts.forStaff(me));
    return "lawyers/console-accounts";
  }

  @PostMapping("/accounts/{id}/verify")
  String verify(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(defaultValue = "true") boolean ok,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    try {
      accounts.verify(me, id, ok, note);
      redirect.addFlashAttribute("message", "lawyers.saved");
    } catch (IllegalArgumentException | IllegalStateException e) {
      redirect.addFlashAttribute("error", Errors.text(e));
    }
    return "redirect:/console/lawyers/accounts";
  }

  @GetMapping("/accounts/{id}/licence")
  ResponseEntity<byte[]> licence(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me, @PathVariable long id) {
    Upload u = accounts.licence(me, id);
    return file(u.fileName(), u.contentType(), u.content());
  }

  /** 委托关系解除: the binding (the access grant) is revoked at once. */
  @PostMapping("/bindings/{grantId}/end")
  String endBinding(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long grantId,
      @RequestParam long request,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return act(request, redirect, () -> grants.endRepresentation(me, grantId, reason));
  }

  @GetMapping("/figures")
  String figures(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) String month,
      Model model) {
    LawyerAccounts.requireCaseManagement(me);
    YearMonth m = month(month);
    model.addAttribute("month", m);
    model.addAttribute("figures", figures.of(me, m));
    model.addAttribute(
        "unitNames",
        directory.all().stream()
            .collect(Collectors.toMap(ProcuratorateView::id, ProcuratorateView::name)));
    return "lawyers/console-figures";
  }

  /** The month asked for; this month (the procuratorates' clock) when none or a malformed one. */
  private YearMonth month(String text) {
    try {
      return text == null || text.isBlank() ? YearMonth.now(clock) : YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      return YearMonth.now(clock);
    }
  }

  @GetMapping("/complaints")
  String complaints(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    model.addAttribute("complaints", complaints.forStaff(me));
    model.addAttribute("today", LocalDate.now(clock));
    return "lawyers/console-complaints";
  }

  @PostMapping("/complaints/{id}/answer")
  String answer(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(required = false) String answer,
      RedirectAttributes redirect) {
    try {
      complaints.answer(me, id, answer);
      redirect.addFlashAttribute("message", "lawyers.saved");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", Errors.text(e));
    }
    return "redirect:/console/lawyers/complaints";
  }

  private String act(long id, RedirectAttributes redirect, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("message", "lawyers.saved");
    } catch (IllegalArgumentException | IllegalStateException e) {
      redirect.addFlashAttribute("error", Errors.text(e));
    }
    return "redirect:/console/lawyers/requests/" + id;
  }

  static ResponseEntity<byte[]> file(String name, String type, byte[] content) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }
}
