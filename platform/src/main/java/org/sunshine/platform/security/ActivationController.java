package org.sunshine.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an activation link opens: the new user chooses a password. Opening and submitting are
 * limited per address like the login (LoginRateLimiter), so tokens cannot be walked.
 */
@Controller
class ActivationController {

  private final StaffActivations activations;

  ActivationController(StaffActivations activations) {
    this.activations = activations;
  }

  @GetMapping("/activate/{token}")
  String form(@PathVariable String token, Model model, HttpServletResponse response) {
    return page(token, model, response);
  }

  @PostMapping("/activate/{token}")
  String activate(
      @PathVariable String token,
      @RequestParam String newPassword,
      @RequestParam String confirmPassword,
      Model model,
      HttpServletResponse response) {
    try {
      activations.activate(token, newPassword, confirmPassword);
      return "redirect:/login?activated";
    } catch (IllegalArgumentException e) {
      model.addAttribute("passwordError", e.getMessage());
    } catch (IllegalStateException e) {
      // The link went stale between opening and submitting.
    }
    return page(token, model, response);
  }

  private String page(String token, Model model, HttpServletResponse response) {
    var username = activations.usernameFor(token);
    if (username.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_GONE);
      model.addAttribute("invalid", true);
    } else {
      model.addAttribute("username", username.get());
      model.addAttribute("token", token);
    }
    return "security/activate";
  }
}
