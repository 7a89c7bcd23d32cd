package org.sunshine.redaction.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void anUndecodableOrEmptyFileIsNamedWithItsReasonAndTheOtherDocumentsAreStillRedacted()
      throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    // 0xFF never stands in UTF-8 nor starts a GB18030 character
    Files.write(in.resolve("a-bad.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, 'x'});
    Files.writeString(in.resolve("b-empty.txt"), "  \n　\n");
    Files.writeString(in.resolve("c-ok.txt"), "起诉书\n　　被告人王大明，男，1980年1月1日出生。\n");
    Path out = dir.resolve("out");
    assertThat(run("-o", out.toString(), in.toString())).isEqualTo(1);
    assertThat(stderr())
        .contains(
            "a-bad.txt: not UTF-8 or GB18030 text",
            "b-empty.txt: text: the document is empty",
            "3 documents, 0 refused, 2 unreadable");
    assertThat(Files.readString(out.resolve("c-ok.txt"))).contains("王某某");
    assertThat(out.resolve("a-bad.json")).doesNotExist();
  }

  @Test
  void aDocumentWhoseOutputCannotBeWrittenIsNamedAndTheDocumentsAfterItAreStillRedacted()
      throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String n : List.of("a", "b", "c")) {
      Files.writeString(in.resolve(n + ".txt"), "起诉书\n　　被告人王大明，男，1980年1月1日出生。\n");
    }
    Path out = dir.resolve("out");
    // where b's redacted text should go stands a directory that is not empty
    Files.createDirectories(out.resolve("b.txt")).resolve("x").toFile().createNewFile();
    assertThat(run("-o", out.toString(), in.toString())).isEqualTo(1);
    assertThat(stderr()).contains("b.txt: could not be read or its output written");
    assertThat(Files.readString(out.resolve("a.txt"))).contains("王某某");
    assertThat(Files.readString(out.resolve("c.txt"))).contains("王某某");
    assertThat(out.resolve("b.json")).doesNotExist();
  }

  /**
   * 1,800 victims, one a line, the lines alternately UTF-8 and GB18030 (a list pasted together from
   * two systems): every line is read in its own encoding and every name masked, in bounded time.
   * Each name has its own surname and first given character, as the names of a real list mostly do.
   */
  @Test
  void aLargeFileMixingUtf8AndGb18030LinesIsReadWholeAndRedactedInBoundedTime() throws Exception {
    String surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜";
    String given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红志海波宁欣怡浩然宇轩思远嘉雨辰晨鑫博文";
    ByteArrayOutputStream mixed = new ByteArrayOutputStream();
    mixed.write("起诉书\n".getBytes(StandardCharsets.UTF_8));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 1800; i++) {
      String name = "" + surnames.charAt(i % 40) + given.charAt(i / 40) + given.charAt(i % 7);
      names.add(name);
      String line = (i + 1) + "．被害人" + name + "，被骗" + (1000 + i) + "元。\n";
      mixed.write(line.getBytes(i % 2 == 0 ? StandardCharsets.UTF_8 : Charset.forName("GB18030")));
    }
    Files.write(dir.resolve("mixed.txt"), mixed.toByteArray());
    int exit =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> run(dir.resolve("mixed.txt").toString()));
    assertThat(exit).isZero();
    String redacted = Files.readString(dir.resolve("redacted/mixed.txt"));
    assertThat(redacted.lines().count()).isEqualTo(1801);
    assertThat(redacted).contains("1800．被害人", "被骗2799元");
    for (String name : names) {
      assertThat(redacted).doesNotContain(name);
    }
  }
}
