package org.sunshine.platform.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseRef;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.infrastructure.StoredText;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Texts;
import org.sunshine.redaction.DocumentType;

/**
 * Documents sent by the case-management system, one JSON object per line: {@code caseNumber,
 * documentNumber, type, decidedOn, text}. Each line is its own transaction; the same document sent
 * twice is left unchanged; a different text under a known number is refused, never overwritten.
 */
@Component
class DocumentImport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Documents documents;
  private final DocumentRows rows;
  private final Cases cases;
  private final AuditLog audit;

  DocumentImport(Documents documents, DocumentRows rows, Cases cases, AuditLog audit) {
    this.documents = documents;
    this.rows = rows;
    this.cases = cases;
    this.audit = audit;
  }

  /** Applies the lines as they are read: a long batch is never held whole. */
  DocumentImportReport apply(Reader body) throws IOException {
    int total = 0;
    int created = 0;
    int unchanged = 0;
    List<DocumentImportReport.LineError> errors = new ArrayList<>();
    BufferedReader lines = new BufferedReader(body);
    int i = -1;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      i++;
      if (line.isBlank()) {
        continue;
      }
      total++;
      String number = null;
      try {
        JsonNode n = JSON.readTree(line);
        number = text(n, "documentNumber");
        String caseNumber = text(n, "caseNumber");
        String text = TextExtraction.normalise(text(n, "text"));
        CaseRef c =
            cases
                .locate(caseNumber)
                .orElseThrow(
                    () ->
                        BadInput.at("caseNumber", "documents.document-import.case-number.unknown"));
        var existing = rows.byNumber(number);
        if (existing.isPresent()) {
          if (existing.get().caseId() == c.caseId() && existing.get().originalText().equals(text)) {
            unchanged++;
            continue;
          }
          throw BadInput.at("documentNumber", "documents.document-import.document-number.conflict");
        }
        documents.createFromUpstream(
            new NewDocument(
                c.caseId(),
                number,
                n.hasNonNull("type") ? type(n.get("type").asText()) : null,
                text,
                "统一业务应用系统",
                n.hasNonNull("decidedOn") ? date(n.get("decidedOn").asText()) : null,
                n.path("important").asBoolean(false)));
        created++;
      } catch (IllegalArgumentException e) {
        String m =
            e.getMessage() == null
                ? Texts.text("documents.document-import.invalid")
                : e.getMessage();
        int colon = m.indexOf(':');
        errors.add(
            new DocumentImportReport.LineError(
                i + 1,
                number,
                colon > 0 ? m.substring(0, colon) : null,
                colon > 0 ? m.substring(colon + 1).strip() : m));
      } catch (IOException e) {
        errors.add(
            new DocumentImportReport.LineError(
                i + 1, null, null, Texts.text("documents.document-import.json.invalid")));
      } catch (RuntimeException e) {
        // A database or engine failure takes this line back (its own transaction), never the batch.
        errors.add(
            new DocumentImportReport.LineError(
                i + 1,
                number,
                null,
                Texts.text("documents.document-import.not-saved", e.getClass().getSimpleName())));
      }
    }
    audit.record(
        "upstream",
        null,
        "IMPORT_DOCUMENTS",
        Documents.SUBJECT,
        null,
        created + " created, " + unchanged + " unchanged, " + errors.size() + " rejected",
        Channel.API);
    return new DocumentImportReport(total, created, unchanged, errors.size(), errors);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw BadInput.at(field, "documents.document-import.required");
    }
    return StoredText.check(field, v.asText());
  }

  private static DocumentType type(String value) {
    try {
      return DocumentType.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw BadInput.at("type", "documents.document-import.type.unknown", value);
    }
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw BadInput.at("decidedOn", "documents.document-import.decided-on.format");
    }
  }
}
