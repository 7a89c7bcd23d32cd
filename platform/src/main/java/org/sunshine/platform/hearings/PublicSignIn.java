package org.sunshine.platform.hearings;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunshine.platform.access.ApplicantSignIn;

/**
 * The applicant's SMS sign-in (access's codes, limits and session) in front of booking an open day
 * or applying to observe a hearing; after it the person lands where they were going.
 */
@Controller
class PublicSignIn {

  static final String NEXT = "sunshine.hearings.next";

  private final ApplicantSignIn signIn;
  private final MessageSource messages;

  PublicSignIn(ApplicantSignIn signIn, MessageSource messages) {
    this.signIn = signIn;
    this.messages = messages;
  }

  /** The signed-in applicant, or empty after noting where to come back to. */
  Optional<Long> current(HttpServletRequest request, String next) {
    Optional<Long> me = signIn.current(request.getSession());
    if (me.isEmpty()) {
      request.getSession().setAttribute(NEXT, next);
    }
    return me;
  }

  Optional<Long> current(HttpSession session) {
    return signIn.current(session);
  }

  @GetMapping("/open-days/sign-in")
  String page() {
    return "hearings/sign-in";
  }

  @PostMapping("/open-days/code")
  String sendCode(@RequestParam(defaultValue = "") String mobile, Model model) {
    try {
      model.addAttribute("mobile", signIn.sendCode(mobile));
      return "hearings/enter-code";
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", Forms.reason(e));
      return "hearings/sign-in";
    }
  }

  @PostMapping("/open-days/login")
  String login(
      @RequestParam(defaultValue = "") String mobile,
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      Model model) {
    try {
      if (!signIn.signIn(mobile, code, request)) {
        model.addAttribute("mobile", mobile);
        model.addAttribute(
            "error", messages.getMessage("openDays.wrongCode", null, Locale.SIMPLIFIED_CHINESE));
        return "hearings/enter-code";
      }
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", Forms.reason(e));
      return "hearings/sign-in";
    }
    Object next = request.getSession().getAttribute(NEXT);
    request.getSession().removeAttribute(NEXT);
    // Only our own pages: a stored path, never an address from the request.
    return "redirect:"
        + (next instanceof String s && s.startsWith("/") && !s.startsWith("//")
            ? s
            : "/open-days/mine");
  }
}
