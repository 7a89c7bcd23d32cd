package org.sunshine.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a staff login: enrol an authenticator on first login, then enter its code each
 * time.
 */
@Controller
class SecondFactorController {

  private final Credentials credentials;

  SecondFactorController(Credentials credentials) {
    this.credentials = credentials;
  }

  @GetMapping("/mfa")
  String next(@AuthenticationPrincipal StaffPrincipal principal, HttpServletRequest request) {
    if (SecondFactorGate.passed(request)) {
      return "redirect:/console";
    }
    boolean enrolled =
        credentials
            .find(principal.identity().accountId())
            .map(Credential::totpEnabled)
            .orElse(false);
    return enrolled ? "security/mfa-verify" : "redirect:/mfa/enrol";
  }

  @PostMapping("/mfa")
  String verify(
      @AuthenticationPrincipal StaffPrincipal principal,
      @RequestParam String code,
      HttpServletRequest request,
      Model model) {
    if (credentials.verifySecondFactor(principal.identity().accountId(), code)) {
      SecondFactorGate.markPassed(request);
      return "redirect:/console";
    }
    model.addAttribute("error", true);
    return "security/mfa-verify";
  }

  @GetMapping("/mfa/enrol")
  String enrol(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
    boolean enrolled =
        credentials
            .find(principal.identity().accountId())
            .map(Credential::totpEnabled)
            .orElse(false);
    if (enrolled) {
      return "redirect:/mfa";
    }
    model.addAttribute("enrolment", credentials.beginTotpEnrolment(principal.identity()));
    return "security/mfa-enrol";
  }

  @PostMapping("/mfa/enrol")
  String confirm(
      @AuthenticationPrincipal StaffPrincipal principal,
      @RequestParam String code,
      HttpServletRequest request,
      Model model) {
    try {
      List<String> recoveryCodes = credentials.confirmTotpEnrolment(principal.identity(), code);
      SecondFactorGate.markPassed(request);
      model.addAttribute("recoveryCodes", recoveryCodes);
      return "security/mfa-recovery-codes";
    } catch (IllegalArgumentException | IllegalStateException e) {
      return "redirect:/mfa/enrol?error";
    }
  }
}
