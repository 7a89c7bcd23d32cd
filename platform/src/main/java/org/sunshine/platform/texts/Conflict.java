package org.sunshine.platform.texts;

/**
 * A refusal that reaches a person as 409 (a transition the record's state does not allow): its
 * message is the bundle's text in zh-CN, "field: text" when a field is at fault, so handlers, forms
 * and logs read it as they read any {@code IllegalStateException}.
 */
public final class Conflict extends IllegalStateException {

  private final transient Reason reason;

  private Conflict(Reason reason) {
    super(reason.message());
    this.reason = reason;
  }

  /** Refused for the input {@code field}. */
  public static Conflict at(String field, String key, Object... args) {
    return new Conflict(Reason.of(field, key, args));
  }

  /** Refused, no one field at fault. */
  public static Conflict of(String key, Object... args) {
    return new Conflict(Reason.of(null, key, args));
  }

  public Reason reason() {
    return reason;
  }
}
