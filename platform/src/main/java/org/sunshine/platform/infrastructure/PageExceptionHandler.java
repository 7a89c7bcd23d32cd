package org.sunshine.platform.infrastructure;

import java.util.NoSuchElementException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** For pages: a record that does not exist (or is outside the viewer's scope) is the 404 page. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

  @ExceptionHandler(NoSuchElementException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Model model) {
    model.addAttribute("status", 404);
    return "error/page";
  }

  /** Text the database refuses (too long for its column): the 400 page, not a server error. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badData(DataIntegrityViolationException e, Model model) {
    if (!BadData.isBadInput(e)) {
      throw e;
    }
    model.addAttribute("status", 400);
    return "error/page";
  }

  /** A bad parameter on a page (page 999 of a search): the 400 page, not a server error. */
  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badRequest(Model model) {
    model.addAttribute("status", 400);
    return "error/page";
  }
}
