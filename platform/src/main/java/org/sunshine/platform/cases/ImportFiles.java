package org.sunshine.platform.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sunshine.platform.texts.Texts;

/**
 * An import file read into numbered lines, one per record (JSON lines, or CSV with one row per
 * party): a line that cannot be read carries its rejection instead of stopping the batch.
 */
final class ImportFiles {

  private ImportFiles() {}

  static List<CaseImport.Line> jsonLines(Reader in) throws IOException {
    List<CaseImport.Line> lines = new ArrayList<>();
    int number = 0;
    for (String text : new BufferedReader(in).lines().toList()) {
      number++;
      if (text.isBlank()) {
        continue;
      }
      try {
        lines.add(new CaseImport.Line(number, RecordParser.json(text), null));
      } catch (RecordParser.RejectedField e) {
        lines.add(new CaseImport.Line(number, null, e));
      }
    }
    return lines;
  }

  static List<CaseImport.Line> csvLines(Reader raw) throws IOException {
    // Excel writes a byte-order mark before the header; without this every row would miss its
    // "record" column.
    PushbackReader in = new PushbackReader(raw, 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    List<CaseImport.Line> lines = new ArrayList<>();
    var format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    var grouped = new LinkedHashMap<String, CaseImport.Line>();
    for (CSVRecord row : readable(format.parse(in))) {
      int number = (int) row.getRecordNumber() + 1;
      try {
        ImportRecords.ImportRecord r = RecordParser.csv(row.toMap());
        if (r instanceof ImportRecords.CaseRecord c) {
          // One row per party: rows of the same case and version become one case record.
          String key = c.caseNumber() + "@" + c.version();
          CaseImport.Line previous = grouped.get(key);
          if (previous != null) {
            var merged = new ArrayList<>(((ImportRecords.CaseRecord) previous.record()).parties());
            merged.addAll(c.parties());
            grouped.put(key, new CaseImport.Line(previous.number(), withParties(c, merged), null));
            continue;
          }
          grouped.put(key, new CaseImport.Line(number, r, null));
        } else {
          lines.add(new CaseImport.Line(number, r, null));
        }
      } catch (RecordParser.RejectedField e) {
        lines.add(new CaseImport.Line(number, null, e));
      }
    }
    List<CaseImport.Line> ordered = new ArrayList<>(grouped.values());
    ordered.addAll(lines);
    return ordered;
  }

  /**
   * The parser's rows, read ahead: a file it cannot read (a quote opened and never closed) is the
   * sender's fault — 400 with the line it starts on, not a server error.
   */
  private static List<CSVRecord> readable(CSVParser parser) {
    List<CSVRecord> rows = new ArrayList<>();
    var it = parser.iterator();
    while (true) {
      long line = parser.getCurrentLineNumber() + 1;
      try {
        if (!it.hasNext()) {
          return rows;
        }
        rows.add(it.next());
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new IllegalArgumentException(
            "body: " + Texts.text("cases.import-files.csv.unparsable", line), e);
      }
    }
  }

  private static ImportRecords.CaseRecord withParties(
      ImportRecords.CaseRecord c, List<ImportRecords.PartyData> parties) {
    return new ImportRecords.CaseRecord(
        c.caseNumber(),
        c.version(),
        c.unitCode(),
        c.caseType(),
        c.charge(),
        c.caseTeam(),
        c.procurator(),
        c.acceptedOn(),
        c.secret(),
        c.complex(),
        parties);
  }
}
