package org.sunshine.platform.surveys;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunshine.platform.organisation.Directory;

/**
 * The web form the SMS links to (/survey/&lt;token&gt;): no sign-in, the token is the credential
 * and is taken once. On a split deployment it is served by the public node ({@link SurveyBallots}).
 * It shows the unit's name and the four questions, nothing about the case or the person; an answer
 * already given, a survey opted out of or ended shows why it takes no more.
 */
@Controller
class SurveyFormController {

  private final SurveyForms forms;
  private final Directory directory;
  private final Clock clock;

  SurveyFormController(SurveyForms forms, Directory directory, Clock clock) {
    this.forms = forms;
    this.directory = directory;
    this.clock = clock;
  }

  private Optional<SurveyForms.Form> find(String token) {
    return forms.find(token);
  }

  @GetMapping("/survey/{token}")
  String form(@PathVariable String token, Model model, HttpServletResponse response) {
    model.addAttribute("token", token);
    Optional<SurveyForms.Form> found = find(token);
    if (found.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("reason", forms.mayStillArrive(token) ? "pending" : "unknown");
      return "surveys/closed";
    }
    return show(found.get(), model, Map.of(), Map.of());
  }

  private String show(
      SurveyForms.Form i, Model model, Map<String, String> chosen, Map<String, String> errors) {
    LocalDate today = LocalDate.now(clock);
    if (!i.open(today)) {
      model.addAttribute(
          "reason",
          switch (i.status()) {
            case ANSWERED -> "answered";
            case OPTED_OUT -> "optedOut";
            case ASKED -> "ended";
          });
      return "surveys/closed";
    }
    model.addAttribute("unitName", directory.get(i.unitId()).name());
    model.addAttribute("answerBy", i.answerBy());
    model.addAttribute("dimensions", Dimension.values());
    model.addAttribute("scores", Score.values());
    model.addAttribute("chosen", chosen);
    model.addAttribute("errors", errors);
    return "surveys/form";
  }

  @PostMapping("/survey/{token}")
  String answer(
      @PathVariable String token,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("token", token);
    Optional<SurveyForms.Form> found = find(token);
    if (found.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("reason", "unknown");
      return "surveys/closed";
    }
    Map<Dimension, Score> scores = new EnumMap<>(Dimension.class);
    Map<String, String> chosen = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (Dimension d : Dimension.values()) {
      String v = form.get(d.name());
      try {
        Score s = Score.valueOf(v == null ? "" : v);
        scores.put(d, s);
        chosen.put(d.name(), s.name());
      } catch (IllegalArgumentException e) {
        errors.put(d.name(), "survey.form.choose");
      }
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(found.get(), model, chosen, errors);
    }
    try {
      forms.answer(token, scores);
    } catch (IllegalStateException e) {
      // Answered a moment ago (another tab), or it ended: the page says which.
      return show(find(token).orElseThrow(), model, chosen, errors);
    }
    return "redirect:/survey/" + token;
  }
}
