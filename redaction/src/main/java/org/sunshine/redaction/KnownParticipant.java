package org.sunshine.redaction;

import java.time.LocalDate;
import java.util.List;

/**
 * A case participant known from the case record, passed in so the engine finds them even where the
 * document's wording would not. Every field but the name may be null.
 */
public record KnownParticipant(
    String name,
    String role,
    String idNumber,
    LocalDate birthDate,
    String address,
    String phone,
    List<String> aliases) {

  public KnownParticipant {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a participant needs a name");
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  public static KnownParticipant named(String name, String role) {
    return new KnownParticipant(name, role, null, null, null, null, List.of());
  }
}
