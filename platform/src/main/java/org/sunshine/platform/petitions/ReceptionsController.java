package org.sunshine.platform.petitions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.springframework.context.MessageSource;
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
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Forbidden;

/** /receptions: leaders' reception days and booking; 控申 publishes the days in the console. */
@Controller
class ReceptionsController {

  private final Receptions receptions;
  private final ApplicantSignIn signIn;
  private final Directory directory;
  private final MessageSource messages;
  private final ReceptionSeats seats;

  ReceptionsController(
      Receptions receptions,
      ApplicantSignIn signIn,
      Directory directory,
      MessageSource messages,
      ReceptionSeats seats) {
    this.messages = messages;
    this.seats = seats;
    this.receptions = receptions;
    this.signIn = signIn;
    this.directory = directory;
  }

  @GetMapping("/receptions")
  String list(@RequestParam(required = false) Long unit, Model model) {
    model.addAttribute("days", receptions.upcoming(unit));
    model.addAttribute("units", directory.all());
    model.addAttribute("unit", unit);
    return "petitions/receptions";
  }

  @GetMapping("/receptions/{id}/book")
  String bookForm(
      HttpSession session, HttpServletRequest request, @PathVariable long id, Model model) {
    if (signIn.current(session).isEmpty()) {
      request
          .getSession()
          .setAttribute(PublicPetitionsController.NEXT, "/receptions/" + id + "/book");
      return "redirect:/petitions/sign-in";
    }
    model.addAttribute("day", receptions.day(id));
    model.addAttribute("kinds", PetitionKind.values());
    return "petitions/reception-book";
  }

  @PostMapping("/receptions/{id}/book")
  String book(HttpSession session, HttpServletRequest request, @PathVariable long id, Model model)
      throws IOException {
    var me = signIn.current(session);
    if (me.isEmpty()) {
      return "redirect:/petitions/sign-in";
    }
    try {
      var day = receptions.day(id);
      String mobile = signIn.mobile(me.get());
      NewPetition read =
          PetitionForms.read(request, PetitionChannel.RECEPTION, false, mobile, null);
      NewPetition matter =
          new NewPetition(
              day.unitId(),
              read.kind(),
              PetitionChannel.RECEPTION,
              read.subject(),
              read.text(),
              read.caseNumber(),
              false,
              read.confidential(),
              read.name(),
              mobile,
              null,
              null,
              null,
              null,
              null,
              null,
              read.scans());
      var booking = receptions.book(me.get(), mobile, id, matter);
      model.addAttribute("booking", booking);
      model.addAttribute("day", day);
      return "petitions/reception-booked";
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return bookForm(session, request, id, model);
    }
  }

  @GetMapping("/console/petitions/receptions")
  String console(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    if (!PetitionAccess.office(me)) {
      throw Forbidden.of("petitions.receptions-controller.publish.forbidden");
    }
    model.addAttribute("days", receptions.upcoming(me.unitId()));
    return "petitions/receptions-console";
  }

  @GetMapping("/console/petitions/receptions/{id}")
  String seats(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      Model model) {
    model.addAttribute("seats", seats.of(me, id));
    model.addAttribute("day", receptions.dayOf(id));
    return "petitions/reception-seats";
  }

  @PostMapping("/console/petitions/receptions")
  String publish(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) String day,
      @RequestParam(required = false) String startsAt,
      @RequestParam(required = false) String endsAt,
      @RequestParam(required = false) String leader,
      @RequestParam(defaultValue = "0") int slots,
      @RequestParam(defaultValue = "false") boolean video,
      RedirectAttributes redirect) {
    try {
      receptions.publish(
          me, PetitionForms.date(day, "day"), time(startsAt), time(endsAt), leader, slots, video);
      redirect.addFlashAttribute(
          "message", messages.getMessage("receptions.flash.published", null, PetitionReplies.ZH));
    } catch (IllegalArgumentException | AccessDeniedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/console/petitions/receptions";
  }

  private static LocalTime time(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw BadInput.at("startsAt", "petitions.receptions-controller.time.format");
    }
  }
}
