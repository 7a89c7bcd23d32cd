package org.sunshine.platform.hearings;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.sunshine.platform.texts.BadInput;

/** Reading form fields, and the field-level reason of a refusal. */
final class Forms {

  private Forms() {}

  /** "field: reason" → "reason", for showing beside the form. */
  static String reason(RuntimeException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int colon = m.indexOf(": ");
    return colon > 0 && colon < 30 && m.substring(0, colon).matches("[A-Za-z]+")
        ? m.substring(colon + 2)
        : m;
  }

  /** The field a refusal names ("partySize: …"), or null. */
  static String field(RuntimeException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int colon = m.indexOf(": ");
    return colon > 0 && m.substring(0, colon).matches("[A-Za-z]+") ? m.substring(0, colon) : null;
  }

  /** A datetime-local input ("2026-12-20T09:30"); blank is null, a bad one names the field. */
  static LocalDateTime dateTime(String value, String field) {
    try {
      return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw BadInput.at(field, "hearings.forms.date-time.format");
    }
  }

  static int number(String value, String field) {
    try {
      return Integer.parseInt(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw BadInput.at(field, "hearings.forms.number.format");
    }
  }
}
