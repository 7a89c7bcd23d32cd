package org.sunshine.redaction.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sunshine.redaction.DocumentType;
import org.sunshine.redaction.PseudonymMap;
import org.sunshine.redaction.RedactionEngine;
import org.sunshine.redaction.RedactionPolicy;
import org.sunshine.redaction.RedactionRequest;
import org.sunshine.redaction.RedactionResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code redact FILE|DIR…}: writes NAME.txt (redacted) and NAME.json (report), or NAME.refused and
 * NAME.json when the document must not be published. Exit 0 when every document was processed
 * (refusals included), 1 when some could not be read or written (each named on stderr, the others
 * still processed), 2 on a usage error.
 */
@Command(
    name = "redact",
    mixinStandardHelpOptions = true,
    version = "sunshine-redact 0.1",
    description =
        "Proposes the redaction of procuratorate legal documents (.txt UTF-8/GB18030, .docx).")
public final class RedactCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or directories")
  List<Path> inputs;

  @Option(
      names = {"-o", "--out"},
      description = "output directory (default: a 'redacted' directory next to each input)")
  Path out;

  @Option(names = "--policy", description = "policy file (properties); default: RULES.md §5")
  Path policyFile;

  @Option(
      names = "--type",
      description =
          "document type for all inputs: ${COMPLETION-CANDIDATES} (default: from the heading)")
  DocumentType type;

  @Option(names = "--quiet", description = "no progress line")
  boolean quiet;

  private final RedactionEngine engine = new RedactionEngine();
  private PrintStream err = System.err;
  private final ObjectMapper json =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).findAndRegisterModules();

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
    RedactCommand command = new RedactCommand();
    command.err = stderr;
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(stdout, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(stderr, true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler(
        (e, line, parse) -> {
          line.getErr().println("redact: " + e.getMessage());
          return 2;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    RedactionPolicy policy = RedactionPolicy.defaults();
    if (policyFile != null) {
      try (Reader r = Files.newBufferedReader(policyFile, StandardCharsets.UTF_8)) {
        policy = RedactionPolicy.load(r);
      }
    }
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> s = Files.list(input)) {
          s.filter(RedactCommand::isDocument).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        throw new IllegalArgumentException("no such file or directory: " + input);
      }
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    int failed = 0;
    int refused = 0;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      if (!quiet && files.size() > 20 && (i % 20 == 0 || i == files.size() - 1)) {
        err.printf("\rredact: %d/%d %s", i + 1, files.size(), file.getFileName());
      }
      String problem;
      try {
        refused += process(file, policy) ? 0 : 1;
        continue;
      } catch (DocumentReader.UnreadableDocument | IllegalArgumentException e) {
        problem = e.getMessage();
      } catch (IOException e) {
        problem = "could not be read or its output written (" + describe(e) + ")";
      } catch (RuntimeException | StackOverflowError e) {
        // one document the engine cannot handle must not stop the documents after it
        problem = "the engine failed on it (" + describe(e) + "); nothing was written for it";
      }
      failed++;
      err.println((files.size() > 20 && !quiet ? "\n" : "") + "redact: " + file + ": " + problem);
    }
    if (!quiet) {
      err.printf(
          "%sredact: %d documents, %d refused, %d unreadable%n",
          files.size() > 20 ? "\n" : "", files.size(), refused, failed);
    }
    return failed > 0 ? 1 : 0;
  }

  /** Returns true when the document is publishable. */
  private boolean process(Path file, RedactionPolicy policy)
      throws IOException, DocumentReader.UnreadableDocument {
    String text = DocumentReader.read(file);
    RedactionResult result =
        engine.redact(
            new RedactionRequest(text, type, List.of(), PseudonymMap.empty(), policy, null));
    Path dir = out != null ? out : file.toAbsolutePath().getParent().resolve("redacted");
    Files.createDirectories(dir);
    if (dir.toAbsolutePath().normalize().equals(file.toAbsolutePath().getParent().normalize())) {
      throw new IllegalArgumentException(
          "the output directory is the input's own: it would overwrite the original");
    }
    String base = baseName(file);
    Files.deleteIfExists(dir.resolve(base + ".txt"));
    Files.deleteIfExists(dir.resolve(base + ".refused"));
    try {
      if (result.publishable()) {
        Files.writeString(
            dir.resolve(base + ".txt"), result.redactedText(), StandardCharsets.UTF_8);
      } else {
        Files.writeString(dir.resolve(base + ".refused"), "", StandardCharsets.UTF_8);
      }
      json.writeValue(dir.resolve(base + ".json").toFile(), report(file, result));
    } catch (IOException | RuntimeException e) {
      // no redacted text without its report, nor a report of a text that is not there
      for (String ext : List.of(".txt", ".refused", ".json")) {
        try {
          Files.deleteIfExists(dir.resolve(base + ext));
        } catch (IOException ignored) {
          // the directory itself is what failed; the message names the document
        }
      }
      throw e;
    }
    return result.publishable();
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static Map<String, Object> report(Path file, RedactionResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file.getFileName().toString());
    m.put("type", r.type());
    m.put("publishable", r.publishable());
    m.put("refusals", r.verdict().refusals());
    m.put("title", r.publicTitle());
    m.put("pseudonyms", r.pseudonyms().asMap());
    m.put("findings", r.findings());
    m.put("residualHits", r.residualHits());
    m.put("overRedactions", r.overRedactions());
    return m;
  }

  private static boolean isDocument(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(p) && (n.endsWith(".txt") || n.endsWith(".docx"));
  }

  private static String baseName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
