package org.sunshine.platform.texts;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal for want of a role or a unit (403): Spring Security's exception, with a message that is
 * the bundle's text in zh-CN.
 */
public final class Forbidden extends AccessDeniedException {

  private final transient Reason reason;

  private Forbidden(Reason reason) {
    super(reason.message());
    this.reason = reason;
  }

  public static Forbidden of(String key, Object... args) {
    return new Forbidden(Reason.of(null, key, args));
  }

  public Reason reason() {
    return reason;
  }
}
