package org.sunshine.platform.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Too many codes requested or entered: answered with 429. */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
class TooManyAttempts extends RuntimeException {
  public TooManyAttempts(String message) {
    super(message);
  }
}
