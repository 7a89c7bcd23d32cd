package org.sunshine.platform.documents;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
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
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.redaction.DocumentType;

/** 法律文书: attach, review the redaction side by side, submit, decide, withhold, withdraw. */
@Controller
@RequestMapping("/console")
class DocumentsConsoleController {

  private final Documents documents;
  private final DocumentReview review;
  private final DocumentWorkflow workflow;
  private final PublicationCondition condition;
  private final Clock clock;
  private final MessageSource messages;

  DocumentsConsoleController(
      Documents documents,
      DocumentReview review,
      DocumentWorkflow workflow,
      PublicationCondition condition,
      Clock clock,
      MessageSource messages) {
    this.messages = messages;
    this.documents = documents;
    this.review = review;
    this.workflow = workflow;
    this.condition = condition;
    this.clock = clock;
  }

  @GetMapping("/documents")
  String list(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(defaultValue = "false") boolean overdue,
      Model model) {
    var list = documents.visibleTo(me, overdue);
    model.addAttribute("documents", list);
    model.addAttribute("conditions", condition.ofWaiting(list));
    model.addAttribute("overdueOnly", overdue);
    return "documents/console-list";
  }

  /** The case page's document section (loaded with htmx). */
  @GetMapping("/cases/{caseId}/documents")
  String ofCase(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long caseId,
      Model model) {
    var list = documents.ofCase(me, caseId);
    model.addAttribute("documents", list);
    model.addAttribute("conditions", condition.ofWaiting(list));
    model.addAttribute("caseId", caseId);
    return "documents/case-documents :: section";
  }

  @GetMapping("/cases/{caseId}/documents/new")
  String form(@PathVariable long caseId, Model model) {
    model.addAttribute("caseId", caseId);
    model.addAttribute("types", DocumentType.values());
    model.addAttribute("today", LocalDate.now(clock));
    return "documents/new";
  }

  @PostMapping("/cases/{caseId}/documents")
  String upload(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long caseId,
      @RequestParam String documentNumber,
      @RequestParam(required = false) DocumentType type,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate decidedOn,
      @RequestParam(defaultValue = "false") boolean important,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String text,
      RedirectAttributes redirect)
      throws IOException {
    try {
      String body;
      String source;
      if (file != null && !file.isEmpty()) {
        body = TextExtraction.extract(file.getOriginalFilename(), file.getBytes());
        source = file.getOriginalFilename();
      } else {
        body = text;
        source = null;
      }
      if (body == null || body.isBlank()) {
        throw BadInput.at("file", "documents.documents-console-controller.file.required");
      }
      long id =
          documents.create(
              me,
              new NewDocument(caseId, documentNumber, type, body, source, decidedOn, important));
      redirect.addFlashAttribute("message", pageText("documents.flash.uploaded"));
      return "redirect:/console/documents/" + id;
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/console/cases/" + caseId + "/documents/new";
    }
  }

  @GetMapping("/documents/{id}")
  String view(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    return render(me, id, model);
  }

  private String render(StaffIdentity me, long id, Model model) {
    DocumentView v = documents.view(me, id);
    model.addAttribute("v", v);
    model.addAttribute("segments", Segments.of(v.originalText(), v.findings()));
    model.addAttribute("reasons", Arrays.asList(WithholdingReason.values()));
    model.addAttribute("condition", condition.describe(v.summary()));
    model.addAttribute("conditionMet", condition.met(v.summary()));
    permissions(me, v, model);
    return "documents/console-detail";
  }

  @PostMapping("/documents/{id}/findings/{findingId}")
  String decideFinding(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @PathVariable long findingId,
      @RequestParam boolean accept,
      RedirectAttributes redirect) {
    return attempt(id, redirect, null, () -> review.decideFinding(me, id, findingId, accept));
  }

  @PostMapping("/documents/{id}/findings")
  String addFinding(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam int start,
      @RequestParam int end,
      @RequestParam(defaultValue = "false") boolean name,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "documents.flash.findingAdded",
        () -> review.addFinding(me, id, start, end, name));
  }

  @PostMapping("/documents/{id}/title")
  String retitle(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam String title,
      RedirectAttributes r) {
    return attempt(id, r, "documents.flash.retitled", () -> review.retitle(me, id, title));
  }

  @PostMapping("/documents/{id}/overrule")
  String overrule(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam String reason,
      RedirectAttributes r) {
    return attempt(
        id, r, "documents.flash.refusalOverruled", () -> review.overruleRefusal(me, id, reason));
  }

  @PostMapping("/documents/{id}/submit")
  String submit(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean confirmOverRedaction,
      Model model,
      RedirectAttributes r) {
    try {
      return attempt(
          id, r, "documents.flash.submitted", () -> workflow.submit(me, id, confirmOverRedaction));
    } catch (OverRedactionNotConfirmed e) {
      // The form again, with the confirmation marked as the field still missing.
      model.addAttribute("errorField", "confirmOverRedaction");
      return render(me, id, model);
    }
  }

  @PostMapping("/documents/{id}/decision")
  String decide(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam boolean approve,
      @RequestParam(required = false) String comment,
      @RequestParam String contentHash,
      RedirectAttributes r) {
    return attempt(
        id,
        r,
        null,
        () -> {
          workflow.decide(me, id, approve, comment, contentHash);
          // After the last step the document is published or waits: the flash says which.
          r.addFlashAttribute(
              "message",
              approve
                  ? condition.afterApproval(documents.summary(me, id))
                  : pageText("documents.flash.returned"));
        });
  }

  @PostMapping("/documents/{id}/withhold")
  String withhold(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam WithholdingReason reason,
      @RequestParam(required = false) String note,
      RedirectAttributes r) {
    return attempt(
        id, r, "documents.flash.withheld", () -> workflow.withhold(me, id, reason, note));
  }

  @PostMapping("/documents/{id}/withdrawal")
  String withdrawal(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam String reason,
      RedirectAttributes r) {
    return attempt(
        id,
        r,
        "documents.flash.withdrawalRequested",
        () -> workflow.requestWithdrawal(me, id, reason));
  }

  @PostMapping("/documents/{id}/order-withdrawal")
  String orderWithdrawal(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam String reason,
      RedirectAttributes r) {
    return attempt(
        id, r, "documents.flash.withdrawalOrdered", () -> workflow.orderWithdrawal(me, id, reason));
  }

  @PostMapping("/documents/{id}/correction")
  String correction(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam String reason,
      RedirectAttributes r) {
    return attempt(
        id, r, "documents.flash.correctionStarted", () -> workflow.startCorrection(me, id, reason));
  }

  /**
   * What this staff member may do here, so the page offers only that (the service checks again).
   */
  private static void permissions(StaffIdentity me, DocumentView v, Model model) {
    boolean own = me.unitId() == v.summary().unitId();
    boolean leader = me.hasRole(Role.DEPUTY_CHIEF) || me.hasRole(Role.CHIEF_PROCURATOR);
    var pending = v.pendingApproval();
    model.addAttribute(
        "canDecide",
        pending != null
            && own
            && me.hasRole(pending.waitingFor())
            && pending.decisions().stream().noneMatch(d -> d.actor().equals(me.username())));
    model.addAttribute("canEdit", own && me.hasRole(Role.CASE_HANDLER) && v.editable());
    model.addAttribute("isHandler", own && me.hasRole(Role.CASE_HANDLER));
    model.addAttribute("canWithhold", own && (me.hasRole(Role.CASE_HANDLER) || leader));
    model.addAttribute("canOverrule", own && leader && v.editable() && !v.refusals().isEmpty());
    model.addAttribute("upperUnit", !own && (leader || me.hasRole(Role.CASE_MANAGEMENT)));
  }

  /** Runs the action; on success flashes the text of the key {@code ok} (none when null). */
  private String attempt(long id, RedirectAttributes r, String ok, Runnable action) {
    try {
      action.run();
      if (ok != null) {
        r.addFlashAttribute("message", pageText(ok));
      }
    } catch (OverRedactionNotConfirmed e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      r.addFlashAttribute("error", e.getMessage());
    } catch (AccessDeniedException e) {
      // The exception says which role and unit it wanted, in the code's words: not for the page.
      r.addFlashAttribute("error", pageText("documents.flash.notYourStep"));
    }
    return "redirect:/console/documents/" + id;
  }

  /** Text for the page, from the bundles. */
  private String pageText(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
