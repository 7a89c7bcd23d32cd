package org.sunshine.redaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactCommandTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return RedactCommand.run(
        args,
        new PrintStream(OutputStream.nullOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aPublishableTextFileGetsARedactedTextAndAReport() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "起诉书\n　　被告人王大明，男，1980年1月1日出生，住某县某村。\n");
    assertThat(run(dir.resolve("a.txt").toString())).isZero();
    assertThat(Files.readString(dir.resolve("a.txt"))).contains("王大明");
    assertThat(Files.readString(dir.resolve("redacted/a.txt")))
        .contains("王某某")
        .doesNotContain("王大明");
    assertThat(Files.readString(dir.resolve("redacted/a.json")))
        .contains("\"publishable\" : true", "王某某");
  }

  @Test
  void aDirectoryIsProcessedIntoTheOutputDirectoryAndRefusalsGetADotRefusedFile() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("ok.txt"), "起诉书\n　　被告人王大明，男，1980年1月1日出生。\n");
    Files.writeString(in.resolve("secret.txt"), "（涉及国家秘密）\n起诉书\n　　被告人李四，男，1980年1月1日出生。\n");
    Path out = dir.resolve("out");
    assertThat(run("-o", out.toString(), in.toString())).isZero();
    assertThat(Files.readString(out.resolve("ok.txt"))).contains("王某某").doesNotContain("王大明");
    assertThat(out.resolve("secret.refused")).exists();
    assertThat(out.resolve("secret.txt")).doesNotExist();
    assertThat(Files.readString(out.resolve("secret.json"))).contains("STATE_SECRET");
  }

  @Test
  void aDocxIsReadThroughItsParagraphs() throws Exception {
    Path docx = dir.resolve("d.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream o = Files.newOutputStream(docx)) {
      doc.createParagraph().createRun().setText("不起诉决定书");
      doc.createParagraph().createRun().setText("　　被不起诉人赵小刚，男，1985年2月3日出生，联系电话13800001111。");
      doc.write(o);
    }
    Path out = dir.resolve("out");
    assertThat(run("-o", out.toString(), docx.toString())).isZero();
    assertThat(Files.readString(out.resolve("d.txt")))
        .contains("赵某某")
        .doesNotContain("13800001111");
  }

  @Test
  void aCorruptedDocxOrABinaryFileIsReportedAndTheExitCodeSaysSo() throws Exception {
    Files.write(dir.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2, 0, 3});
    Path out = dir.resolve("out");
    assertThat(run("-o", out.toString(), dir.toString())).isEqualTo(1);
    assertThat(stderr()).contains("broken.docx", "binary.txt");
    assertThat(out.resolve("broken.txt")).doesNotExist();
  }

  @Test
  void gb18030TextIsReadAsWell() throws Exception {
    Files.write(dir.resolve("gbk.txt"), "　　被害人孙丽丽，女，住某地。".getBytes("GB18030"));
    assertThat(run("-o", dir.resolve("out").toString(), dir.resolve("gbk.txt").toString()))
        .isZero();
    assertThat(Files.readString(dir.resolve("out/gbk.txt"))).contains("孙某某");
  }

  @Test
  void aMissingPathIsAUsageErrorWithExitCode2() {
    assertThat(run(dir.resolve("nope").toString())).isEqualTo(2);
    assertThat(stderr()).contains("no such file");
  }

  @Test
  void aFileMixingUtf8AndGb18030LinesIsReadLineByLineAndEveryNameMasked() throws Exception {
    ByteArrayOutputStream mixed = new ByteArrayOutputStream();
    mixed.write("起诉书\n　　被告人王大明，男，1980年1月1日出生。\n".getBytes(StandardCharsets.UTF_8));
    mixed.write("　　被害人孙丽丽，女，联系电话13912345678。\n".getBytes("GB18030"));
    mixed.write("　　证人赵春生证实上述事实。\n".getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("mixed.txt"), mixed.toByteArray());
    assertThat(run(dir.resolve("mixed.txt").toString())).isZero();
    assertThat(Files.readString(dir.resolve("redacted/mixed.txt")))
        .contains("被告人王某某", "被害人孙某某", "证人赵某某")
        .doesNotContain("王大明", "孙丽丽", "赵春生", "13912345678");
  }
}
