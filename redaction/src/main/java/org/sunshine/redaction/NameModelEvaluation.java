package org.sunshine.redaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores the name model on gold documents it was not trained on (ADR 0030): the model alone (exact
 * spans of the masked names per line of the normalised text, as it was trained: officials are not
 * names to mask) and the engine (the names it masks against the gold's masked names). Run by {@code
 * bench/redaction-name-eval.sh}; never part of redaction.
 *
 * <p>{@code java -cp sunshine-redact.jar org.sunshine.redaction.NameModelEvaluation MODEL|shipped
 * GOLD_DIR...}
 */
public final class NameModelEvaluation {

  private static final ObjectMapper JSON = new ObjectMapper();

  private NameModelEvaluation() {}

  public static void main(String[] args) throws IOException {
    if (!args[0].equals("shipped")) {
      System.setProperty("sunshine.redaction.name-model", args[0]);
    }
    NameModel model = NameModel.shipped();
    RedactionEngine engine = new RedactionEngine();
    RedactionPolicy rulesOnly = RedactionPolicy.load(new StringReader("learned-recall=false"));
    int[] m = new int[3]; // gold, proposed, exact
    int[] e = new int[3];
    int[] r = new int[3];
    List<String> misses = new ArrayList<>();
    List<String> modelMisses = new ArrayList<>();
    List<String> modelWrong = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (int a = 1; a < args.length; a++) {
      for (Path json : jsons(Path.of(args[a]))) {
        String raw =
            Files.readString(
                Path.of(json.toString().replaceAll("\\.json$", ".txt")), StandardCharsets.UTF_8);
        JsonNode gold = JSON.readTree(json.toFile());
        List<String> names = names(gold);
        modelScore(model, raw, names, m, modelMisses, modelWrong);
        engineScore(engine, raw, RedactionPolicy.defaults(), names, e, misses, wrong);
        engineScore(engine, raw, rulesOnly, names, r, new ArrayList<>(), new ArrayList<>());
      }
    }
    report("model", m);
    System.out.println("model missed: " + first(modelMisses));
    System.out.println("model proposed wrongly: " + first(modelWrong));
    report("engine, rules only", r);
    report("engine", e);
    System.out.println("engine missed: " + first(misses));
    System.out.println("engine masked wrongly: " + first(wrong));
  }

  private static List<String> first(List<String> items) {
    return items.subList(0, Math.min(60, items.size()));
  }

  private static List<Path> jsons(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** The gold's masked names, longest first. */
  static List<String> names(JsonNode gold) {
    List<String> names = new ArrayList<>();
    for (JsonNode item : gold.path("mask")) {
      if (item.path("category").asText().equals("name")) {
        names.add(item.path("text").asText().replaceAll("\\s", ""));
      }
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    return names;
  }

  private static void modelScore(
      NameModel model,
      String raw,
      List<String> names,
      int[] score,
      List<String> misses,
      List<String> wrong) {
    for (String line : NormalisedText.of(raw).text().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Set<String> truth =
          new HashSet<>(NameModelTrainer.spans(NameModelTrainer.label(line, names)));
      List<int[]> guess = model.names(line);
      score[0] += truth.size();
      score[1] += guess.size();
      Set<String> right = new HashSet<>();
      for (int[] s : guess) {
        String key = s[0] + ":" + s[1];
        if (truth.contains(key)) {
          score[2]++;
          right.add(key);
        } else {
          wrong.add(line.substring(s[0], s[1]));
        }
      }
      for (String t : truth) {
        if (!right.contains(t)) {
          String[] at = t.split(":");
          int from = Integer.parseInt(at[0]);
          int to = Integer.parseInt(at[1]);
          misses.add(line.substring(Math.max(0, from - 2), Math.min(line.length(), to + 2)));
        }
      }
    }
  }

  private static void engineScore(
      RedactionEngine engine,
      String raw,
      RedactionPolicy policy,
      List<String> names,
      int[] score,
      List<String> misses,
      List<String> wrong) {
    RedactionResult result =
        engine.redact(new RedactionRequest(raw, null, null, null, policy, null));
    Set<String> masked = new HashSet<>();
    for (Finding f : result.findings()) {
      if (f.category() == Category.NAME) {
        masked.add(f.text().replaceAll("\\s", ""));
      }
    }
    Set<String> gold = new HashSet<>(names);
    score[0] += gold.size();
    score[1] += masked.size();
    for (String name : masked) {
      if (gold.contains(name)) {
        score[2]++;
      } else {
        wrong.add(name);
      }
    }
    for (String name : gold) {
      if (!masked.contains(name)) {
        misses.add(name);
      }
    }
  }

  private static void report(String what, int[] s) {
    System.out.printf(
        "%s: %d names, %d proposed, %d exact: precision %.3f recall %.3f%n",
        what,
        s[0],
        s[1],
        s[2],
        s[2] / (double) Math.max(1, s[1]),
        s[2] / (double) Math.max(1, s[0]));
  }
}
