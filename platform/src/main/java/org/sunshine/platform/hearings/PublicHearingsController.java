package org.sunshine.platform.hearings;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /hearings: announced public hearings (kind, unit, time, place, subject in public wording), the
 * outcome of held ones, and the application to observe. On a split deployment's public node the
 * hearings are those listed from the internal node and an application is a request the internal
 * node admits (ADR 28).
 */
@Controller
class PublicHearingsController {

  private final Hearings hearings;
  private final PublicSignIn signIn;

  PublicHearingsController(Hearings hearings, PublicSignIn signIn) {
    this.hearings = hearings;
    this.signIn = signIn;
  }

  @GetMapping("/hearings")
  String list(Model model) {
    model.addAttribute("hearings", hearings.published());
    model.addAttribute("now", hearings.now());
    return "hearings/hearings";
  }

  @GetMapping("/hearings/{id}")
  String detail(@PathVariable long id, Model model) {
    model.addAttribute("hearing", hearings.publicView(id));
    model.addAttribute("now", hearings.now());
    return "hearings/hearing";
  }

  @PostMapping("/hearings/{id}/observe")
  String observe(
      HttpServletRequest request,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String name,
      Model model) {
    var me = signIn.current(request, "/hearings/" + id);
    if (me.isEmpty()) {
      return "redirect:/open-days/sign-in";
    }
    try {
      long observer = hearings.observe(me.get(), id, name);
      model.addAttribute(hearings.isRequest(observer) ? "requested" : "admitted", true);
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", Forms.reason(e));
      model.addAttribute("name", name);
    }
    return detail(id, model);
  }
}
