package org.sunshine.platform.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;
import org.sunshine.platform.cases.PartyDisclosure;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;

/**
 * The applicant's side on the web (mobile first): sign in by SMS code, apply, follow a granted
 * record.
 */
@Controller
class ApplicantController {

  static final String SESSION_KEY = "sunshine.applicant";

  private final Notifications notifications;
  private final Applicants applicants;
  private final AccessApplications applications;
  private final CaseStatusQueries queries;
  private final Directory directory;
  private final DemoSuggestion demo;
  private final MessageSource messages;

  ApplicantController(
      Applicants applicants,
      AccessApplications applications,
      CaseStatusQueries queries,
      Directory directory,
      Notifications notifications,
      DemoSuggestion demo,
      MessageSource messages) {
    this.messages = messages;
    this.demo = demo;
    this.notifications = notifications;
    this.applicants = applicants;
    this.applications = applications;
    this.queries = queries;
    this.directory = directory;
  }

  static Long applicant(HttpSession session) {
    return session == null ? null : (Long) session.getAttribute(SESSION_KEY);
  }

  @GetMapping("/access")
  String home(HttpSession session, Model model) {
    demo.get().ifPresent(s -> model.addAttribute("demoSuggestion", s));
    Long me = applicant(session);
    if (me == null) {
      return "access/sign-in";
    }
    model.addAttribute("mobile", applicants.mobile(me));
    model.addAttribute("applications", applications.of(me));
    model.addAttribute("grants", queries.grantsOf(me));
    model.addAttribute("unread", notifications.unread(ApplicantNotices.recipient(me)));
    return "access/home";
  }

  /** 我的消息: what the platform told this applicant, newest first; opening it reads them. */
  @GetMapping("/access/messages")
  String messages(HttpSession session, Model model) {
    Long me = applicant(session);
    if (me == null) {
      return "redirect:/access";
    }
    String recipient = ApplicantNotices.recipient(me);
    model.addAttribute("messages", notifications.inbox(recipient, 100));
    model.addAttribute("smsNews", notifications.consents(recipient, MessageChannel.SMS));
    model.addAttribute("dailyDigest", notifications.wantsDigest(recipient));
    notifications.markRead(recipient);
    return "access/messages";
  }

  /** 退订 or 订阅: whether news of the case (optional messages) also comes by SMS. */
  @PostMapping("/access/messages/consent")
  String consent(
      HttpSession session,
      @RequestParam(defaultValue = "false") boolean smsNews,
      @RequestParam(defaultValue = "false") boolean dailyDigest) {
    Long me = applicant(session);
    if (me == null) {
      return "redirect:/access";
    }
    notifications.setConsent(ApplicantNotices.recipient(me), MessageChannel.SMS, smsNews, "web");
    notifications.chooseDigest(ApplicantNotices.recipient(me), dailyDigest, "web");
    return "redirect:/access/messages";
  }

  @PostMapping("/access/code")
  String sendCode(@RequestParam String mobile, Model model) {
    try {
      applicants.sendCode(mobile);
      model.addAttribute("mobile", Applicants.normalise(mobile));
      return "access/enter-code";
    } catch (IllegalArgumentException | TooManyAttempts e) {
      model.addAttribute("error", e.getMessage());
      return "access/sign-in";
    }
  }

  @PostMapping("/access/login")
  String signIn(
      @RequestParam String mobile,
      @RequestParam String code,
      HttpServletRequest request,
      Model model) {
    try {
      var id = applicants.signIn(mobile, code);
      if (id.isEmpty()) {
        model.addAttribute("mobile", mobile);
        model.addAttribute("error", pageText("access.flash.wrongCode"));
        return "access/enter-code";
      }
      request.changeSessionId();
      request.getSession().setAttribute(SESSION_KEY, id.get());
      return "redirect:/access";
    } catch (IllegalArgumentException | TooManyAttempts e) {
      model.addAttribute("error", e.getMessage());
      return "access/sign-in";
    }
  }

  /** Ends the applicant's sign-in only: a staff login in the same browser is not touched. */
  @PostMapping("/access/logout")
  String signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_KEY);
      request.changeSessionId();
    }
    return "redirect:/access";
  }

  @GetMapping("/access/apply")
  String applyForm(HttpSession session, Model model) {
    if (applicant(session) == null) {
      return "redirect:/access";
    }
    demo.get().ifPresent(s -> model.addAttribute("demoSuggestion", s));
    model.addAttribute("units", directory.all());
    model.addAttribute("relations", Relation.values());
    return "access/apply";
  }

  @PostMapping("/access/apply")
  String apply(
      HttpSession session,
      @RequestParam String caseNumber,
      @RequestParam String partyName,
      @RequestParam(required = false) Relation relation,
      @RequestParam String applicantName,
      @RequestParam String idNumber,
      @RequestParam(required = false) String lawyerLicence,
      @RequestParam(required = false) String lawFirm,
      @RequestParam long verifyingUnitId,
      HttpServletRequest request,
      RedirectAttributes redirect,
      Model model)
      throws IOException {
    Long me = applicant(session);
    if (me == null) {
      return "redirect:/access";
    }
    var form =
        new ApplicationForm(
            caseNumber,
            partyName,
            relation,
            applicantName,
            idNumber,
            lawyerLicence,
            lawFirm,
            verifyingUnitId);
    try {
      applications.submit(me, form, uploads(request));
      redirect.addFlashAttribute("message", pageText("access.flash.submitted"));
      return "redirect:/access";
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      model.addAttribute("typed", form); // the form shows again with what was typed
      return applyForm(session, model);
    }
  }

  /** 案管 asked for more: the applicant adds files and the application goes back in the queue. */
  @PostMapping("/access/applications/{id}/materials")
  String addMaterials(
      HttpSession session,
      @PathVariable long id,
      HttpServletRequest request,
      RedirectAttributes redirect)
      throws IOException {
    Long me = applicant(session);
    if (me == null) {
      return "redirect:/access";
    }
    try {
      applications.addMaterials(me, id, uploads(request));
      redirect.addFlashAttribute("message", pageText("access.flash.materialsAdded"));
    } catch (IllegalArgumentException | IllegalStateException e) {
      redirect.addFlashAttribute("message", e.getMessage());
    }
    return "redirect:/access";
  }

  @GetMapping("/access/grants/{id}")
  String status(HttpSession session, @PathVariable long id, Model model) {
    Long me = applicant(session);
    if (me == null) {
      return "redirect:/access";
    }
    PartyDisclosure d =
        queries.online(me, id).orElseThrow(() -> new NoSuchElementException("grant " + id));
    model.addAttribute("d", d);
    model.addAttribute("looks", queries.whoLooked(me, id));
    return "access/status";
  }

  /** The same seven items as JSON, for a mini-program or app using the applicant's session. */
  @GetMapping("/api/v1/access/grants/{id}")
  @ResponseBody
  ResponseEntity<PartyDisclosure> statusApi(HttpSession session, @PathVariable long id) {
    Long me = applicant(session);
    if (me == null) {
      return ResponseEntity.status(401).build();
    }
    return queries
        .online(me, id)
        .map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  private static List<MaterialUpload> uploads(HttpServletRequest request) throws IOException {
    List<MaterialUpload> list = new ArrayList<>();
    // The multipart request itself, also when a filter wrapped it.
    var multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    if (multipart != null) {
      for (Relation.Material kind : Relation.Material.values()) {
        MultipartFile file = multipart.getFile("material_" + kind.name());
        if (file != null && !file.isEmpty()) {
          list.add(
              new MaterialUpload(
                  kind,
                  String.valueOf(file.getOriginalFilename()),
                  String.valueOf(file.getContentType()),
                  file.getBytes()));
        }
      }
    }
    return list;
  }

  /** Text for the page, from the bundles. */
  private String pageText(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
