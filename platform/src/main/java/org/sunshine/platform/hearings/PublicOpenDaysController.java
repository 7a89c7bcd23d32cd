package org.sunshine.platform.hearings;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /open-days: the public sees published open days, books seats after the SMS sign-in, and follows
 * or cancels its bookings. On a split deployment's public node the open days are those listed from
 * the internal node and a booking is a request the internal node confirms (ADR 28).
 */
@Controller
class PublicOpenDaysController {

  private final OpenDays openDays;
  private final PublicSignIn signIn;
  private final HearingsProperties settings;

  PublicOpenDaysController(OpenDays openDays, PublicSignIn signIn, HearingsProperties settings) {
    this.openDays = openDays;
    this.signIn = signIn;
    this.settings = settings;
  }

  @GetMapping("/open-days")
  String list(Model model) {
    model.addAttribute("days", openDays.upcoming());
    model.addAttribute("now", openDays.now());
    return "hearings/open-days";
  }

  @GetMapping("/open-days/{id}/book")
  String bookForm(HttpServletRequest request, @PathVariable long id, Model model) {
    if (signIn.current(request, "/open-days/" + id + "/book").isEmpty()) {
      return "redirect:/open-days/sign-in";
    }
    model.addAttribute("day", openDays.published(id));
    model.addAttribute("now", openDays.now());
    model.addAttribute("maxPartySize", settings.maxPartySize());
    return "hearings/open-day-book";
  }

  @PostMapping("/open-days/{id}/book")
  String book(
      HttpServletRequest request,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String partySize,
      Model model) {
    var me = signIn.current(request, "/open-days/" + id + "/book");
    if (me.isEmpty()) {
      return "redirect:/open-days/sign-in";
    }
    try {
      long booking = openDays.book(me.get(), id, name, Forms.number(partySize, "partySize"));
      model.addAttribute("day", openDays.published(id));
      model.addAttribute("booking", booking);
      model.addAttribute("requested", openDays.isRequest(booking));
      return "hearings/open-day-booked";
    } catch (IllegalArgumentException | IllegalStateException e) {
      model.addAttribute("error", Forms.reason(e));
      model.addAttribute("errorField", Forms.field(e));
      model.addAttribute("name", name);
      model.addAttribute("partySize", partySize);
      return bookForm(request, id, model);
    }
  }

  @GetMapping("/open-days/mine")
  String mine(HttpServletRequest request, Model model) {
    var me = signIn.current(request, "/open-days/mine");
    if (me.isEmpty()) {
      return "redirect:/open-days/sign-in";
    }
    model.addAttribute("bookings", openDays.mine(me.get()));
    model.addAttribute("days", new DayNames(openDays));
    return "hearings/open-days-mine";
  }

  @PostMapping("/open-days/bookings/{id}/cancel")
  String cancel(HttpServletRequest request, @PathVariable long id, RedirectAttributes redirect) {
    var me = signIn.current(request, "/open-days/mine");
    if (me.isEmpty()) {
      return "redirect:/open-days/sign-in";
    }
    try {
      openDays.cancelBooking(me.get(), id);
      redirect.addFlashAttribute("message", "cancelled");
    } catch (IllegalStateException e) {
      redirect.addFlashAttribute("error", Forms.reason(e));
    }
    return "redirect:/open-days/mine";
  }

  /** Looks an open day up by id for the list of one's bookings. */
  record DayNames(OpenDays openDays) {
    public OpenDayView of(long id) {
      return openDays.get(id);
    }
  }
}
