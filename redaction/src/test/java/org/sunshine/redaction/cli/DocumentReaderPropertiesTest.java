package org.sunshine.redaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Fuzzes the file parsers: any bytes, as .txt or .docx, give text or a clear UnreadableDocument,
 * never a crash.
 */
class DocumentReaderPropertiesTest {

  @Property(tries = 300)
  void anyBytesAreReadOrRefusedWithAMessage(
      @ForAll @Size(max = 2000) byte[] bytes, @ForAll boolean docx) throws Exception {
    Path file = Files.createTempFile("fuzz", docx ? ".docx" : ".txt");
    try {
      Files.write(file, bytes);
      String text = DocumentReader.read(file);
      assertThat(text).isNotNull();
    } catch (DocumentReader.UnreadableDocument e) {
      assertThat(e.getMessage()).isNotBlank();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property(tries = 100)
  void aZipPrefixedGarbageDocxIsRefusedNotCrashed(@ForAll @Size(max = 500) byte[] tail)
      throws Exception {
    Path file = Files.createTempFile("fuzz", ".docx");
    try {
      byte[] bytes = new byte[tail.length + 4];
      bytes[0] = 'P';
      bytes[1] = 'K';
      bytes[2] = 3;
      bytes[3] = 4;
      System.arraycopy(tail, 0, bytes, 4, tail.length);
      Files.write(file, bytes);
      DocumentReader.read(file);
    } catch (DocumentReader.UnreadableDocument e) {
      assertThat(e.getMessage()).contains("docx");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
