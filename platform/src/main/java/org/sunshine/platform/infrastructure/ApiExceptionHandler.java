package org.sunshine.platform.infrastructure;

import java.util.NoSuchElementException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Reason;
import org.sunshine.platform.texts.Texts;

/**
 * Problem details (RFC 9457) for every {@code @RestController}; field errors of bean validation are
 * listed by field by the base class.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(NoSuchElementException.class)
  ProblemDetail notFound(NoSuchElementException e) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.NOT_FOUND, Texts.text("infrastructure.api-exception-handler.not-found"));
  }

  /** Text the database refuses (too long for its column, a character it cannot store): 400. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail badData(DataIntegrityViolationException e) {
    if (!BadData.isBadInput(e)) {
      throw e;
    }
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, BadData.DETAIL);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    if (e instanceof BadInput refusal) {
      return described(problem, refusal.reason());
    }
    // Other messages name the field first ("page: 页码应在 0–500 之间"): say which, for clients.
    String m = e.getMessage() == null ? "" : e.getMessage();
    int colon = m.indexOf(':');
    if (colon > 0 && m.substring(0, colon).matches("[A-Za-z][A-Za-z0-9.]*")) {
      problem.setProperty("field", m.substring(0, colon));
    }
    return problem;
  }

  /** A step the record's state does not allow now (a second extension, a closed matter): 409. */
  @ExceptionHandler(Conflict.class)
  ProblemDetail conflict(Conflict e) {
    return described(
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()), e.reason());
  }

  /**
   * The refusal's bundle key is its stable {@code code}: clients branch on it, while the detail is
   * the zh-CN text a person reads, which may be reworded.
   */
  private static ProblemDetail described(ProblemDetail problem, Reason reason) {
    problem.setProperty("code", reason.key());
    reason.field().ifPresent(field -> problem.setProperty("field", field));
    return problem;
  }
}
