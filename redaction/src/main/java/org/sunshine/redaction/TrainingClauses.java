package org.sunshine.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Training text for the name model written from a real vocabulary rather than from templates (ADR
 * 0030): clauses that put a name before and after thousands of ordinary verbs, function words and
 * nouns, and as many clauses of ordinary words alone (连夜, 路过, 钱包 — words that open with a surname
 * character are no names). The words are those of the Tongyici Cilin thesaurus that HanLP ships
 * (data/dictionary/synonym/CoreSynonym.txt), by its semantic classes: B–D things, time and space,
 * abstract; E features; F–J actions, mind, activities, states, relations; K function words; A
 * people (老师, 邻居: words for people, not names). Only {@link NameModelTrainer} uses it.
 */
final class TrainingClauses {

  private static final String THESAURUS = "/data/dictionary/synonym/CoreSynonym.txt";
  private static final String PUNCT = "，。；：、";

  private final List<String> things = new ArrayList<>();
  private final List<String> actions = new ArrayList<>();
  private final List<String> function = new ArrayList<>();
  private final List<String> all = new ArrayList<>();
  private final List<String> names;
  private final Random random;

  TrainingClauses(List<String> names, Random random) {
    this.names = names;
    this.random = random;
    try (InputStream in = TrainingClauses.class.getResourceAsStream(THESAURUS)) {
      if (in == null) {
        throw new IllegalStateException(THESAURUS + " is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        read(line.replace("\uFEFF", ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void read(String line) {
    String[] parts = line.split("[= #@]+");
    if (parts.length < 2 || parts[0].isEmpty()) {
      return;
    }
    char kind = parts[0].charAt(0);
    for (int i = 1; i < parts.length; i++) {
      String w = parts[i];
      if (w.isEmpty() || !w.chars().allMatch(c -> Lexicon.isHan((char) c)) || w.length() > 4) {
        continue;
      }
      all.add(w);
      if (kind >= 'B' && kind <= 'E') {
        things.add(w);
      } else if (kind >= 'F' && kind <= 'J') {
        actions.add(w);
      } else if (kind == 'K') {
        function.add(w);
      }
    }
  }

  /** Adds {@code count} lines and their B/M/E/S labels, about half of them naming nobody. */
  void add(int count, List<char[]> lines, List<int[]> labels) {
    for (int i = 0; i < count; i++) {
      StringBuilder s = new StringBuilder(random.nextInt(4) == 0 ? "　　" : "");
      List<int[]> spans = new ArrayList<>();
      int shape = random.nextInt(10);
      if (shape < 5) {
        words(s, random.nextInt(3), true);
      }
      if (shape < 8) {
        name(s, spans);
        if (random.nextInt(5) == 0) {
          s.append(random.nextBoolean() ? "、" : pick(List.of("和", "与", "及", "同", "跟")));
          name(s, spans);
        }
        s.append(pick(random.nextInt(3) == 0 ? function : actions));
        words(s, random.nextInt(3), false);
        if (random.nextInt(4) == 0) {
          name(s, spans);
          words(s, random.nextInt(2), false);
        }
      } else {
        s.append(pick(all));
        words(s, 1 + random.nextInt(4), false);
      }
      s.append(PUNCT.charAt(random.nextInt(PUNCT.length())));
      int[] label = new int[s.length()];
      for (int[] span : spans) {
        for (int j = span[0]; j < span[1]; j++) {
          label[j] = j == span[0] ? NameModel.B : NameModel.M;
        }
        label[span[1] - 1] = span[1] - span[0] == 1 ? NameModel.S : NameModel.E;
      }
      lines.add(s.toString().toCharArray());
      labels.add(label);
    }
  }

  private void name(StringBuilder s, List<int[]> spans) {
    String name = pick(names);
    spans.add(new int[] {s.length(), s.length() + name.length()});
    s.append(name);
  }

  /** Some words; before a name the last one is an action or a function word (交给, 被, 对). */
  private void words(StringBuilder s, int n, boolean beforeName) {
    for (int i = 0; i < n; i++) {
      boolean last = i == n - 1;
      s.append(
          pick(
              last && beforeName
                  ? (random.nextBoolean() ? actions : function)
                  : random.nextBoolean() ? things : actions));
      if (!last && random.nextInt(6) == 0) {
        s.append('，');
      }
    }
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
