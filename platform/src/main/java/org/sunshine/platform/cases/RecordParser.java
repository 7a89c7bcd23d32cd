package org.sunshine.platform.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sunshine.platform.infrastructure.StoredText;
import org.sunshine.platform.texts.Texts;

/**
 * Turns one JSON line (or one CSV row, as a field map) into an import record, or a {@link
 * RejectedField} naming the field that is wrong. Nothing is half-read: the first bad field rejects
 * the whole record.
 */
final class RecordParser {

  /**
   * A record refused because of one field, with a message for the person who fixes the upstream
   * data.
   */
  static final class RejectedField extends Exception {
    final String field;

    RejectedField(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordParser() {}

  static ImportRecords.ImportRecord json(String line) throws RejectedField {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new RejectedField(
          "(line)", Texts.text("cases.record-parser.json.invalid", e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      throw new RejectedField("(line)", Texts.text("cases.record-parser.json.not-object"));
    }
    Fields f = storable(name -> node.hasNonNull(name) ? node.get(name).asText() : null);
    String kind = required(f, "record");
    return switch (kind) {
      case "case" -> caseRecord(f, parties(node));
      case "event" -> event(f);
      case "measure" -> measure(f);
      default ->
          throw new RejectedField(
              "record", Texts.text("cases.record-parser.record.kind-unknown", kind));
    };
  }

  /**
   * A CSV row: case rows carry one party each; several rows of one case and version are merged by
   * the caller.
   */
  static ImportRecords.ImportRecord csv(Map<String, String> row) throws RejectedField {
    Fields f =
        storable(
            name -> {
              String v = row.get(name);
              return v == null || v.isBlank() ? null : v.strip();
            });
    String kind = required(f, "record");
    return switch (kind) {
      case "case" -> caseRecord(f, f.get("partyNo") == null ? List.of() : List.of(party(f, "")));
      case "event" -> event(f);
      case "measure" -> measure(f);
      default ->
          throw new RejectedField(
              "record", Texts.text("cases.record-parser.record.kind-unknown", kind));
    };
  }

  @FunctionalInterface
  private interface Fields {
    String get(String name) throws RejectedField;
  }

  /** Every value the feed sends must be text the database can store (no NUL, no lone surrogate). */
  private static Fields storable(Fields raw) {
    return name -> {
      String value = raw.get(name);
      var fault = StoredText.fault(value);
      if (fault.isPresent()) {
        throw new RejectedField(name, fault.get());
      }
      return value;
    };
  }

  private static ImportRecords.CaseRecord caseRecord(
      Fields f, List<ImportRecords.PartyData> parties) throws RejectedField {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < parties.size(); i++) {
      if (!seen.add(parties.get(i).partyNo())) {
        throw new RejectedField(
            "parties[" + i + "].partyNo",
            Texts.text("cases.record-parser.party.duplicate", parties.get(i).partyNo()));
      }
    }
    return new ImportRecords.CaseRecord(
        required(f, "caseNumber"),
        number(f, "version"),
        required(f, "unit"),
        enumOf(CaseType.class, f, "caseType"),
        f.get("charge"),
        f.get("caseTeam"),
        f.get("procurator"),
        date(f, "acceptedOn", false),
        bool(f, "secret"),
        bool(f, "complex"),
        parties);
  }

  private static List<ImportRecords.PartyData> parties(JsonNode node) throws RejectedField {
    List<ImportRecords.PartyData> list = new ArrayList<>();
    JsonNode array = node.get("parties");
    if (array == null || array.isNull()) {
      return list;
    }
    if (!array.isArray()) {
      throw new RejectedField("parties", Texts.text("cases.record-parser.array.required"));
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode p = array.get(i);
      Fields f = storable(name -> p.hasNonNull(name) ? p.get(name).asText() : null);
      list.add(party(f, "parties[" + i + "]."));
    }
    return list;
  }

  private static ImportRecords.PartyData party(Fields f, String prefix) throws RejectedField {
    Fields prefixed = name -> f.get(name);
    try {
      return new ImportRecords.PartyData(
          required(prefixed, "partyNo"),
          required(prefixed, "name"),
          enumOf(PartyRole.class, prefixed, "role"),
          f.get("idNumber"),
          date(prefixed, "birthDate", false),
          f.get("nationality"),
          f.get("officialRank"),
          date(prefixed, "offenceOn", false),
          bool(prefixed, "pleaAgreement"),
          f.get("mobile"),
          bool(prefixed, "reporter"),
          bool(prefixed, "keyWitness"));
    } catch (RejectedField e) {
      throw new RejectedField(prefix + e.field, e.getMessage());
    }
  }

  private static ImportRecords.EventRecord event(Fields f) throws RejectedField {
    return new ImportRecords.EventRecord(
        required(f, "caseNumber"),
        required(f, "eventId"),
        f.get("partyNo"),
        enumOf(CaseEventType.class, f, "type"),
        date(f, "on", true),
        f.get("detail"));
  }

  private static ImportRecords.MeasureRecord measure(Fields f) throws RejectedField {
    LocalDate from = date(f, "from", true);
    LocalDate to = date(f, "to", false);
    if (to != null && to.isBefore(from)) {
      throw new RejectedField(
          "to", Texts.text("cases.record-parser.measure.ends-before-start", to, from));
    }
    return new ImportRecords.MeasureRecord(
        required(f, "caseNumber"),
        required(f, "measureId"),
        required(f, "partyNo"),
        enumOf(CompulsoryMeasureKind.class, f, "kind"),
        from,
        to);
  }

  private static String required(Fields f, String name) throws RejectedField {
    String v = f.get(name);
    if (v == null || v.isBlank()) {
      throw new RejectedField(name, Texts.text("cases.record-parser.field.required"));
    }
    return v.strip();
  }

  private static long number(Fields f, String name) throws RejectedField {
    String v = required(f, name);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new RejectedField(name, Texts.text("cases.record-parser.integer.invalid", v));
    }
  }

  private static boolean bool(Fields f, String name) throws RejectedField {
    String v = f.get(name);
    if (v == null) {
      return false;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "是" -> true;
      case "false", "0", "否" -> false;
      default ->
          throw new RejectedField(name, Texts.text("cases.record-parser.boolean.invalid", v));
    };
  }

  private static LocalDate date(Fields f, String name, boolean required) throws RejectedField {
    String v = required ? required(f, name) : f.get(name);
    if (v == null) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(v);
      if (d.getYear() < 1900 || d.getYear() > 2100) {
        throw new RejectedField(name, Texts.text("cases.record-parser.date.impossible", v));
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new RejectedField(name, Texts.text("cases.record-parser.date.format", v));
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, Fields f, String name)
      throws RejectedField {
    String v = required(f, name);
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RejectedField(name, Texts.text("cases.record-parser.value.unknown", v));
    }
  }
}
