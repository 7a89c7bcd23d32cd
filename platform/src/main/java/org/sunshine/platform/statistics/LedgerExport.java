package org.sunshine.platform.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A figure's list as CSV (UTF-8 with a BOM, so spreadsheet programs read the Chinese) or XLSX. */
@Component
class LedgerExport {

  private static final List<String> HEADINGS =
      List.of(
          "statistics.col.number",
          "statistics.col.type",
          "statistics.col.unit",
          "statistics.col.dueOn",
          "statistics.col.state",
          "statistics.col.publishedOn",
          "statistics.col.handler",
          "statistics.col.department");

  private final MessageSource messages;

  LedgerExport(MessageSource messages) {
    this.messages = messages;
  }

  private List<String> headings() {
    return HEADINGS.stream().map(k -> messages.getMessage(k, null, Locale.CHINA)).toList();
  }

  private List<String> cells(EntryLine l) {
    Function<Object, String> s = o -> o == null ? "" : o.toString();
    return List.of(
        l.documentNumber(),
        l.typeTitle(),
        l.unitName(),
        s.apply(l.dueOn()),
        messages.getMessage("statistics.state." + l.state(), null, Locale.CHINA),
        s.apply(l.publishedOn()),
        l.handlerName(),
        l.departmentName());
  }

  byte[] csv(List<EntryLine> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (CSVPrinter p =
        new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
      p.printRecord(headings());
      for (EntryLine l : lines) {
        p.printRecord(cells(l));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  byte[] xlsx(List<EntryLine> lines) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet sheet = book.createSheet("ledger");
      write(sheet.createRow(0), headings());
      int r = 1;
      for (EntryLine l : lines) {
        write(sheet.createRow(r++), cells(l));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      book.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      row.createCell(i).setCellValue(cells.get(i));
    }
  }
}
