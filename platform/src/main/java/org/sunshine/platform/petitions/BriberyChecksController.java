package org.sunshine.platform.petitions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.access.ApplicantSignIn;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffIdentity;

/** 行贿犯罪档案查询: applying (signed in), the letter, anyone's check of a code, and 控申's answer. */
@Controller
class BriberyChecksController {

  private final BriberyChecks checks;
  private final BriberyProposals proposals;
  private final ApplicantSignIn signIn;
  private final ReplyLetters letters;
  private final Directory directory;
  private final MessageSource messages;

  BriberyChecksController(
      BriberyChecks checks,
      BriberyProposals proposals,
      ApplicantSignIn signIn,
      ReplyLetters letters,
      Directory directory,
      MessageSource messages) {
    this.messages = messages;
    this.checks = checks;
    this.proposals = proposals;
    this.signIn = signIn;
    this.letters = letters;
    this.directory = directory;
  }

  @GetMapping("/bribery-checks")
  String form(HttpSession session, HttpServletRequest request, Model model) {
    var me = signIn.current(session);
    if (me.isEmpty()) {
      request.getSession().setAttribute(PublicPetitionsController.NEXT, "/bribery-checks");
      return "redirect:/petitions/sign-in";
    }
    model.addAttribute("units", checks.units().stream().map(directory::get).toList());
    model.addAttribute(
        "mine", checks.ofApplicant(me.get()).stream().map(BriberyRecordCheck::view).toList());
    return "petitions/bribery-form";
  }

  @PostMapping("/bribery-checks")
  String request(
      HttpSession session,
      HttpServletRequest request,
      @RequestParam(required = false) String unitId,
      @RequestParam(required = false) String requester,
      @RequestParam(required = false) String names,
      @RequestParam(required = false) String purpose,
      Model model,
      RedirectAttributes redirect) {
    var me = signIn.current(session);
    if (me.isEmpty()) {
      return "redirect:/petitions/sign-in";
    }
    try {
      long id = checks.request(me.get(), PetitionForms.unit(unitId), requester, names, purpose);
      // The date the setting gives (bribery-check-time), not a number written here.
      String due = checks.find(id).map(c -> c.dueOn.toString()).orElseThrow();
      redirect.addFlashAttribute("message", text("bribery.flash.requested", due));
      return "redirect:/bribery-checks";
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return form(session, request, model);
    }
  }

  @GetMapping("/bribery-checks/{id}.pdf")
  ResponseEntity<byte[]> letter(HttpSession session, @PathVariable long id) {
    var me = signIn.current(session).orElseThrow(NoSuchElementException::new);
    BriberyRecordCheck c =
        checks
            .find(id)
            .filter(x -> x.applicantId == me && x.state == BriberyRecordCheck.State.ANSWERED)
            .orElseThrow(NoSuchElementException::new);
    byte[] pdf =
        letters.render(
            text("bribery.letter.title"), directory.get(c.unitId).name(), checks.letter(c));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("bribery-check-" + id + ".pdf").build().toString())
        .body(pdf);
  }

  /** Anyone holding a letter checks its code: the unit, the names, the result and the date. */
  @GetMapping("/bribery-checks/verify")
  String verify(@RequestParam(required = false) String code, Model model) {
    if (code != null && !code.isBlank()) {
      var found = checks.verify(code);
      model.addAttribute("checked", true);
      found.ifPresent(
          c -> {
            model.addAttribute("c", c.view());
            model.addAttribute("unitName", directory.get(c.unitId).name());
          });
    }
    return "petitions/bribery-verify";
  }

  @GetMapping("/console/petitions/bribery-checks")
  String console(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    List<BriberyRecordCheck> all = checks.forConsole(me);
    model.addAttribute("checks", all.stream().map(BriberyRecordCheck::view).toList());
    // Only the unit's own open checks are answered here, so only they are checked against the
    // records.
    Map<Long, BriberyProposals.Proposal> proposed = new HashMap<>();
    all.stream()
        .filter(c -> c.state == BriberyRecordCheck.State.REQUESTED && c.unitId == me.unitId())
        .forEach(c -> proposed.put(c.id, proposals.propose(me, c.id)));
    model.addAttribute("proposals", proposed);
    return "petitions/bribery-console";
  }

  @PostMapping("/console/petitions/bribery-checks/{id}/answer")
  String answer(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean found,
      @RequestParam(required = false) String finding,
      RedirectAttributes redirect) {
    try {
      checks.answer(me, id, found, finding);
      redirect.addFlashAttribute("message", text("bribery.flash.answered"));
    } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/console/petitions/bribery-checks";
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, PetitionReplies.ZH);
  }
}
