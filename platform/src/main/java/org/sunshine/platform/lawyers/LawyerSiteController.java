package org.sunshine.platform.lawyers;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.texts.BadInput;

/**
 * The lawyer's side on the web, mobile first: what a lawyer can do here (public), then, signed in
 * by SMS code as on the access pages, the identity, the bindings and the requests.
 */
@Controller
class LawyerSiteController {

  private final LawyerGrants grants;
  private final LawyerAccounts accounts;
  private final LawyerRequests requests;
  private final LawyerProperties properties;
  private final Directory directory;
  private final CaseBindings bindings;

  LawyerSiteController(
      LawyerGrants grants,
      LawyerAccounts accounts,
      LawyerRequests requests,
      LawyerProperties properties,
      Directory directory,
      CaseBindings bindings) {
    this.bindings = bindings;
    this.grants = grants;
    this.accounts = accounts;
    this.requests = requests;
    this.properties = properties;
    this.directory = directory;
  }

  @GetMapping("/lawyers")
  String about(Model model) {
    model.addAttribute("types", RequestType.values());
    model.addAttribute("rules", properties.deadlines());
    model.addAttribute("slots", properties.readingRoomSlots());
    return "lawyers/about";
  }

  @GetMapping("/lawyers/me")
  String home(HttpSession session, Model model) {
    Optional<Long> me = grants.signedIn(session);
    if (me.isEmpty()) {
      return "redirect:/access";
    }
    model.addAttribute("lawyer", accounts.of(me.get()).orElse(null));
    model.addAttribute("bindings", grants.bindings(me.get()));
    model.addAttribute("pending", grants.pending(me.get()));
    model.addAttribute("requests", requests.mine(me.get()));
    model.addAttribute("units", directory.all());
    return "lawyers/home";
  }

  @PostMapping("/lawyers/me/profile")
  String register(
      HttpSession session,
      @RequestParam String name,
      @RequestParam String idNumber,
      @RequestParam String licenceNo,
      @RequestParam String lawFirm,
      @RequestParam(defaultValue = "0") long unitId,
      @RequestParam(required = false) MultipartFile licence,
      RedirectAttributes redirect,
      Model model)
      throws IOException {
    Optional<Long> me = grants.signedIn(session);
    if (me.isEmpty()) {
      return "redirect:/access";
    }
    try {
      accounts.register(
          me.get(), new LawyerForm(name, idNumber, licenceNo, lawFirm, unitId), upload(licence));
      redirect.addFlashAttribute("message", "lawyers.registered");
      return "redirect:/lawyers/me";
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", Errors.text(e));
      return home(session, model);
    }
  }

  @PostMapping("/lawyers/me/bindings")
  String bind(
      HttpSession session,
      @RequestParam String caseNumber,
      @RequestParam String partyName,
      @RequestParam(defaultValue = "true") boolean defence,
      @RequestParam(required = false) MultipartFile powerOfAttorney,
      @RequestParam(defaultValue = "false") boolean legalAid,
      @RequestParam(required = false) MultipartFile firmLetter,
      @RequestParam(defaultValue = "0") long unitId,
      RedirectAttributes redirect,
      Model model)
      throws IOException {
    Optional<Long> me = grants.signedIn(session);
    if (me.isEmpty()) {
      return "redirect:/access";
    }
    try {
      bindings.file(
          me.get(),
          new CaseBindings.Form(
              caseNumber,
              partyName,
              defence,
              legalAid,
              unitId,
              upload(powerOfAttorney),
              upload(firmLetter)));
      redirect.addFlashAttribute("message", "lawyers.bindingFiled");
      return "redirect:/lawyers/me";
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", Errors.text(e));
      return home(session, model);
    }
  }

  @GetMapping("/lawyers/me/requests/new")
  String requestForm(HttpSession session, @RequestParam long grant, Model model) {
    Optional<Long> me = grants.signedIn(session);
    if (me.isEmpty()) {
      return "redirect:/access";
    }
    LawyerGrants.Bound bound = grants.live(me.get(), grant).orElseThrow();
    model.addAttribute("bound", bound);
    model.addAttribute("types", RequestType.values());
    model.addAttribute("rules", properties.deadlines());
    model.addAttribute("sessions", requests.sessions(me.get(), grant));
    return "lawyers/request-form";
  }

  @PostMapping("/lawyers/me/requests")
  String submit(
      HttpSession session,
      @RequestParam long grant,
      @RequestParam(required = false) RequestType type,
      @RequestParam(required = false) String details,
      @RequestParam(required = false) String proposedTimes,
      @RequestParam(required = false) String booking,
      @RequestParam(required = false) MultipartFile[] attachments,
      Model model)
      throws IOException {
    Optional<Long> me = grants.signedIn(session);
    if (me.isEmpty()) {
      return "redirect:/access";
    }
    try {
      LocalDate day = null;
      String slot = null;
      if (booking != null && booking.contains("|")) {
        day = day(booking.substring(0, booking.indexOf('|')));
        slot = booking.substring(booking.indexOf('|') + 1);
      }
      List<Upload> files = new ArrayList<>();
      for (MultipartFile f : attachments == null ? new MultipartFile[0] : attachments) {
        if (f != null && !f.isEmpty()) {
          files.add(upload(f));
        }
      }
      long id =
          requests.submit(
              me.get(),
              new LawyerRequests.NewRequest(grant, type, details, proposedTimes, day, slot, files));
      return "redirect:/lawyers/me/requests/" + id;
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", Errors.text(e));
      model.addAttribute("typed", Arrays.asList(type, details, proposedTimes, booking));
      return requestForm(session, grant, model);
    }
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw BadInput.at("day", "lawyers.lawyer-site-controller.day.required");
    }
  }

  @GetMapping("/lawyers/me/requests/{id}")
  String request(HttpSession session, @PathVariable long id, Model model) {
    Optional<Long> me = grants.signedIn(session);
    if (me.isEmpty()) {
      return "redirect:/access";
    }
    model.addAttribute("r", requests.one(me.get(), id));
    return "lawyers/request";
  }

  @PostMapping("/lawyers/me/requests/{id}/supply")
  String supply(
      HttpSession session,
      @PathVariable long id,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    return act(
        session,
        id,
        redirect,
        me ->
            requests.supply(
                me, id, text, file == null || file.isEmpty() ? List.of() : List.of(upload(file))));
  }

  @PostMapping("/lawyers/me/requests/{id}/withdraw")
  String withdraw(HttpSession session, @PathVariable long id, RedirectAttributes redirect)
      throws IOException {
    return act(session, id, redirect, me -> requests.withdraw(me, id));
  }

  @PostMapping("/lawyers/me/requests/{id}/complaint")
  String complain(
      HttpSession session,
      @PathVariable long id,
      @RequestParam(required = false) String text,
      RedirectAttributes redirect)
      throws IOException {
    return act(session, id, redirect, me -> requests.complain(me, id, text));
  }

  /** The stamped electronic file, through the link, for the signed-in lawyer only. */
  @GetMapping("/lawyers/files/{token}/{fileId}")
  ResponseEntity<byte[]> download(
      HttpSession session, @PathVariable String token, @PathVariable long fileId) {
    long me = grants.signedIn(session).orElseThrow(() -> new NoSuchElementException("sign in"));
    Upload u = requests.download(me, token, fileId, Channel.WEB);
    return StaffLawyersController.file(u.fileName(), u.contentType(), u.content());
  }

  interface Action {
    void run(long applicantId) throws IOException;
  }

  private String act(HttpSession session, long id, RedirectAttributes redirect, Action action)
      throws IOException {
    Optional<Long> me = grants.signedIn(session);
    if (me.isEmpty()) {
      return "redirect:/access";
    }
    try {
      action.run(me.get());
      redirect.addFlashAttribute("message", "lawyers.saved");
    } catch (IllegalArgumentException | IllegalStateException e) {
      redirect.addFlashAttribute("error", Errors.text(e));
    }
    return "redirect:/lawyers/me/requests/" + id;
  }

  static Upload upload(MultipartFile f) throws IOException {
    return f == null || f.isEmpty()
        ? null
        : new Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes());
  }
}
