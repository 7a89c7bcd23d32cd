package org.sunshine.platform.infrastructure;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.sunshine.platform.texts.Texts;

/**
 * The one place errors become responses: problem+json for the API and machine clients, a Chinese
 * error page for people. Never a stack trace, whatever failed.
 */
@Controller
class ProblemOrPageErrorController implements ErrorController {

  private static final Pattern FIELD_FIRST = Pattern.compile("([A-Za-z][A-Za-z0-9._-]*): ");

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  String page(HttpServletRequest request, Model model) {
    HttpStatus status = status(request);
    int shown =
        switch (status) {
          case NOT_FOUND, FORBIDDEN, TOO_MANY_REQUESTS -> status.value();
          default -> status.is4xxClientError() ? 400 : 500;
        };
    model.addAttribute("status", shown);
    model.addAttribute("requestId", request.getAttribute(RequestIdFilter.MDC_KEY));
    return "error/page";
  }

  @RequestMapping("/error")
  @ResponseBody
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = status(request);
    ProblemDetail problem = ProblemDetail.forStatus(status);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri != null) {
      problem.setInstance(URI.create(uri.toString().replaceAll("[^\\x21-\\x7e]", "")));
    }
    problem.setDetail(
        switch (status) {
          case NOT_FOUND -> Texts.text("infrastructure.problem-or-page-error-controller.not-found");
          case FORBIDDEN -> Texts.text("infrastructure.problem-or-page-error-controller.forbidden");
          case UNAUTHORIZED ->
              Texts.text("infrastructure.problem-or-page-error-controller.unauthorized");
          default -> status.getReasonPhrase();
        });
    // Our own 4xx messages name the field first ("q: 含有空字符"): pass them on, with the field.
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    if (status.is4xxClientError() && message instanceof String m) {
      Matcher field = FIELD_FIRST.matcher(m);
      if (field.lookingAt()) {
        problem.setDetail(m);
        problem.setProperty("field", field.group(1));
      }
    }
    Object requestId = request.getAttribute(RequestIdFilter.MDC_KEY);
    if (requestId != null) {
      problem.setProperty("requestId", requestId);
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code instanceof Integer value) {
      HttpStatus resolved = HttpStatus.resolve(value);
      if (resolved != null) {
        return resolved;
      }
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
