package org.sunshine.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.texts.BadInput;

/** 我的账户 → 密码与两步验证: change password, see second-factor status, renew recovery codes. */
@Controller
@RequestMapping("/console/profile/security")
class AccountSecurityController {

  private final Credentials credentials;
  private final MessageSource messages;

  AccountSecurityController(Credentials credentials, MessageSource messages) {
    this.messages = messages;
    this.credentials = credentials;
  }

  @GetMapping
  String show(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
    long id = principal.identity().accountId();
    model.addAttribute("status", credentials.status(id));
    model.addAttribute("unusedRecoveryCodes", credentials.unusedRecoveryCodes(id));
    return "security/account-security";
  }

  @PostMapping("/password")
  String changePassword(
      @AuthenticationPrincipal StaffPrincipal principal,
      @RequestParam String currentPassword,
      @RequestParam String newPassword,
      @RequestParam String confirmPassword,
      HttpServletRequest request,
      RedirectAttributes redirect)
      throws ServletException {
    try {
      if (!newPassword.equals(confirmPassword)) {
        throw BadInput.at(
            "confirmPassword", "security.account-security-controller.confirm-password.mismatch");
      }
      credentials.changePassword(principal.identity(), currentPassword, newPassword);
      redirect.addFlashAttribute("message", pageText("security.flash.passwordChanged"));
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("passwordError", e.getMessage()); // shown without its field
    } catch (LockedException e) {
      // Too many wrong current passwords: the account is locked like after failed logins, and this
      // session ends with it.
      request.logout();
      return "redirect:/login?error";
    }
    return "redirect:/console/profile/security";
  }

  @PostMapping("/recovery-codes")
  String renewRecoveryCodes(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
    long id = principal.identity().accountId();
    if (!credentials.status(id).totpEnabled()) {
      return "redirect:/mfa/enrol";
    }
    model.addAttribute("recoveryCodes", credentials.newRecoveryCodes(id));
    return "security/mfa-recovery-codes";
  }

  /** Text for the page, from the bundles. */
  private String pageText(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
