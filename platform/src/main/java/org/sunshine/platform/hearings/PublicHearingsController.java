package org.sunshine.platform.hearings;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunshine.platform.infrastructure.NodeRole;

/**
 * /hearings: announced public hearings (kind, unit, time, place, subject in public wording), the
 * outcome of held ones, and the application to observe. Like open days, served on a combined or
 * internal node only (ADR 28).
 */
@Controller
class PublicHearingsController {

  private final Hearings hearings;
  private final PublicSignIn signIn;
  private final boolean here;

  PublicHearingsController(Hearings hearings, PublicSignIn signIn, NodeRole role) {
    this.hearings = hearings;
    this.signIn = signIn;
    this.here = role != NodeRole.PUBLIC;
  }

  @GetMapping("/hearings")
  String list(Model model) {
    model.addAttribute("offered", here);
    model.addAttribute("hearings", here ? hearings.published() : List.of());
    model.addAttribute("now", hearings.now());
    return "hearings/hearings";
  }

  @GetMapping("/hearings/{id}")
  String detail(@PathVariable long id, Model model) {
    offered();
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
    offered();
    var me = signIn.current(request, "/hearings/" + id);
    if (me.isEmpty()) {
      return "redirect:/open-days/sign-in";
    }
    try {
      hearings.observe(me.get(), id, name);
      model.addAttribute("admitted", true);
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", Forms.reason(e));
      model.addAttribute("name", name);
    }
    return detail(id, model);
  }

  private void offered() {
    if (!here) {
      throw new NoSuchElementException("hearings are applied for on the combined deployment");
    }
  }
}
