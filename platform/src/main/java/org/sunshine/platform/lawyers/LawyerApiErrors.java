package org.sunshine.platform.lawyers;

import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.sunshine.platform.texts.Texts;

/**
 * Problem details of the lawyer API beyond those every API shares (infrastructure's handler names
 * the field of a 400): 401 without a sign-in, 409 for a move the request's state forbids.
 */
@RestControllerAdvice(assignableTypes = {LawyerApi.class, LawyerUploadApi.class})
class LawyerApiErrors {

  @ExceptionHandler(LawyerApi.SignInRequired.class)
  ResponseEntity<ProblemDetail> signIn() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .body(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.UNAUTHORIZED, Texts.text("lawyers.lawyer-api-errors.sign-in-required")));
  }

  @ExceptionHandler(IllegalStateException.class)
  ResponseEntity<ProblemDetail> conflict(IllegalStateException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<ProblemDetail> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, Texts.text("lawyers.lawyer-api-errors.not-found")));
  }
}
