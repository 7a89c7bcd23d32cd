package org.sunshine.redaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.model.perceptron.common.TaskType;
import com.hankcs.hanlp.model.perceptron.feature.MutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.AveragedPerceptron;
import com.hankcs.hanlp.model.perceptron.tagset.TagSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Trains {@link NameModel} offline from documents in the gold format (doc-N.txt and doc-N.json, as
 * bench/redaction-generated.sh writes them) with HanLP's averaged structured perceptron: every
 * occurrence of a masked name (category {@code name}) in the normalised text is a name, everything
 * else (officials, places, bodies included) is not. Run by {@code bench/redaction-train-names.sh};
 * never part of redaction.
 *
 * <p>{@code java -cp sunshine-redact.jar org.sunshine.redaction.NameModelTrainer OUT EPOCHS
 * MIN_WEIGHT CLAUSES [--repeat=N] GOLD_DIR...} (or {@code prune IN OUT MIN_WEIGHT}): CLAUSES lines
 * of {@link TrainingClauses} are added to the training text (ADR 0030); {@code --repeat=N} reads
 * the directories after it N times (each time with other renamed copies), to weigh hand-written
 * text against the far larger generated text (ADR 0034). The last tenth of the lines is held out to
 * report a score, so hand-written directories go first.
 */
public final class NameModelTrainer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private NameModelTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args[0].equals("prune")) { // prune IN OUT MIN_WEIGHT: a smaller file from a trained model
      try (InputStream in = Files.newInputStream(Path.of(args[1]));
          OutputStream o = Files.newOutputStream(Path.of(args[2]))) {
        NameModel.read(in).writePruned(o, Float.parseFloat(args[3]));
      }
      System.out.printf("%s: %d bytes%n", args[2], Files.size(Path.of(args[2])));
      return;
    }
    Path out = Path.of(args[0]);
    int epochs = Integer.parseInt(args[1]);
    float minWeight = Float.parseFloat(args[2]);
    int clauses = Integer.parseInt(args[3]);
    List<char[]> lines = new ArrayList<>();
    List<int[]> labels = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    int repeat = 1;
    for (int i = 4; i < args.length; i++) {
      if (args[i].startsWith("--repeat=")) { // the gold directories after it are read so many times
        repeat = Integer.parseInt(args[i].substring("--repeat=".length()));
        continue;
      }
      for (int r = 0; r < repeat; r++) {
        read(Path.of(args[i]), lines, labels, names);
      }
    }
    // the last tenth is held out to report how well the model tags names it was not trained on
    int held = lines.size() / 10;
    List<char[]> heldLines = new ArrayList<>(lines.subList(lines.size() - held, lines.size()));
    List<int[]> heldLabels = new ArrayList<>(labels.subList(lines.size() - held, lines.size()));
    lines.subList(lines.size() - held, lines.size()).clear();
    labels.subList(labels.size() - held, labels.size()).clear();
    new TrainingClauses(new ArrayList<>(names), new Random(11)).add(clauses, lines, labels);
    TagSet tags = new TagSet(TaskType.NER);
    for (String t : List.of("O", "B", "M", "E", "S")) {
      tags.add(t);
    }
    tags.lock();
    MutableFeatureMap features = new MutableFeatureMap(tags);
    List<Instance> train = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      train.add(instance(lines.get(i), labels.get(i), features));
    }
    System.out.printf(
        "lines %d (%d clauses from the thesaurus, %d names), characters %d, features %d%n",
        train.size(),
        clauses,
        names.size(),
        train.stream().mapToInt(Instance::length).sum(),
        features.size());
    AveragedPerceptron model = train(train, features, tags, epochs);
    NameModel shipped = export(model, features, minWeight, out);
    evaluate(shipped, heldLines, heldLabels);
  }

  private static void read(Path dir, List<char[]> lines, List<int[]> labels, Set<String> all)
      throws IOException {
    List<Path> docs;
    try (Stream<Path> s = Files.list(dir)) {
      docs = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path json : docs) {
      Path txt = Path.of(json.toString().replaceAll("\\.json$", ".txt"));
      String text = NormalisedText.of(Files.readString(txt, StandardCharsets.UTF_8)).text();
      List<String> names = new ArrayList<>();
      for (JsonNode item : JSON.readTree(json.toFile()).path("mask")) {
        if (item.path("category").asText().equals("name")) {
          names.add(item.path("text").asText().replaceAll("\\s", ""));
        }
      }
      names.sort(Comparator.comparingInt(String::length).reversed());
      all.addAll(names);
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          int[] label = label(line, names);
          lines.add(line.toCharArray());
          labels.add(label);
          char[] other = renamed(line.toCharArray(), label);
          if (other != null) {
            lines.add(other);
            labels.add(label);
          }
        }
      }
    }
  }

  /**
   * Given-name characters drawn on to rename people in a copy of each line, so that the model
   * learns where names stand and what shape they have rather than the generator's small name stock.
   */
  private static final String GIVEN =
      "乙丁七万三丹乐义书云亚仁今介从仙仲任伊伦伯佩佳依侠俊信修倩健傲儒元光克兰兴典冬冰凡凤凯刚初利力功加励勇勤华卓博卫卿厚"
          + "友双发叶吉同向君含启和咏品哲唯善喜嘉四国圣坚坤城培基堂士声奇奕妍妙姗姝娅娇娜娟婉婕婧婷媛嫣子孝季学宁宇守安宏宗官"
          + "宝实宣家容宽富寒封尚尧山岚岩峰峻崇川州巧帆希庆康廷建开弘强彤彦彩彬影征德心志忠念怡思恒恩悦情惠慧成才振敏文斌新方"
          + "旭昊昌明昕星春昭晋晓晖晨景晶智曦曼月朗木朝杰松林柏柔栋树格桂梅梦森楠欢欣正武毅民永江池沛沫波泽洁洋洪浩海涛润涵淑"
          + "清渊源溪滨潇澜灵炎烨然煜熙燕爱玉玲玮珊珍琦琪琳琴瑜瑞瑶瑾璇璐生田甜畅白百皓盈益睿石磊祥福秀秋程立童竹笑筱策纯素紫"
          + "维绮美群翔翰耀聪胜舒航良艳艺芝芬芳芸芹苗若英茂茜茹荣莉莎莹菁菲萍萱蓉蓓蔚蕊蕾薇虹衡裕诗诚语谦豪贝贤贵超越轩辉达远"
          + "迪通邦金鑫钰铭锋锦长阳雁雅雨雪雯震霖霞露青靖静韵顺颖飞香馨骏鸣鹏鹤麟黎";

  private static final Random RENAME = new Random(7);

  /**
   * A copy of the line whose Han-surname names take another surname (any of the engine's list) and
   * other given-name characters, or null when it names nobody so.
   */
  static char[] renamed(char[] line, int[] label) {
    char[] copy = line.clone();
    boolean changed = false;
    for (int i = 0; i < line.length; i++) {
      if (label[i] != NameModel.B || !Lexicon.isSurname(line[i])) {
        continue;
      }
      copy[i] = Lexicon.SURNAMES.charAt(RENAME.nextInt(Lexicon.SURNAMES.length()));
      for (int j = i + 1;
          j < line.length && label[j] != NameModel.O && label[j] != NameModel.B;
          j++) {
        if (Lexicon.isHan(line[j])) {
          copy[j] = GIVEN.charAt(RENAME.nextInt(GIVEN.length()));
        }
      }
      changed = true;
    }
    return changed ? copy : null;
  }

  /** B/M/E/S over every occurrence of a name, spaces between its characters allowed. */
  static int[] label(String line, List<String> names) {
    int[] label = new int[line.length()];
    for (String name : names) {
      if (name.isEmpty()) {
        continue;
      }
      StringBuilder regex = new StringBuilder();
      for (int i = 0; i < name.length(); i++) {
        regex.append(i == 0 ? "" : "[ 　]?").append(Pattern.quote(name.substring(i, i + 1)));
      }
      Matcher m = Pattern.compile(regex.toString()).matcher(line);
      while (m.find()) {
        boolean free = true;
        for (int i = m.start(); i < m.end(); i++) {
          free &= label[i] == NameModel.O;
        }
        if (free) {
          for (int i = m.start(); i < m.end(); i++) {
            label[i] = i == m.start() ? NameModel.B : NameModel.M;
          }
          label[m.end() - 1] = m.end() - m.start() == 1 ? NameModel.S : NameModel.E;
        }
      }
    }
    return label;
  }

  private static Instance instance(char[] line, int[] label, MutableFeatureMap features) {
    char[] c = NameFeatures.prepare(new String(line));
    long[] keys = new long[NameFeatures.COUNT];
    Instance instance = new Instance() {};
    instance.featureMatrix = new int[c.length][];
    instance.tagArray = label.clone();
    for (int i = 0; i < c.length; i++) {
      NameFeatures.at(c, i, keys);
      int[] row = new int[NameFeatures.COUNT + 1]; // the last slot is the transition's
      for (int k = 0; k < keys.length; k++) {
        row[k] = features.idOf(Long.toString(keys[k], 36));
      }
      instance.featureMatrix[i] = row;
    }
    return instance;
  }

  /** HanLP's averaged perceptron training loop, one update per mistagged line. */
  private static AveragedPerceptron train(
      List<Instance> instances, MutableFeatureMap features, TagSet tags, int epochs) {
    AveragedPerceptron model = new AveragedPerceptron(features);
    double[] total = new double[model.parameter.length];
    int[] timestamp = new int[model.parameter.length];
    int current = 0;
    int size = tags.size();
    Random random = new Random(42);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(instances, random);
      int wrong = 0;
      for (Instance instance : instances) {
        current++;
        int[] guess = new int[instance.length()];
        model.viterbiDecode(instance, guess);
        if (Arrays.equals(guess, instance.tagArray)) {
          continue;
        }
        wrong++;
        for (int i = 0; i < instance.length(); i++) {
          int[] f = instance.getFeatureAt(i);
          int[] gold = new int[f.length];
          int[] pred = new int[f.length];
          for (int j = 0; j < f.length - 1; j++) {
            gold[j] = f[j] * size + instance.tagArray[i];
            pred[j] = f[j] * size + guess[i];
          }
          int last = f.length - 1;
          gold[last] =
              (i == 0 ? tags.bosId() : instance.tagArray[i - 1]) * size + instance.tagArray[i];
          pred[last] = (i == 0 ? tags.bosId() : guess[i - 1]) * size + guess[i];
          model.update(gold, pred, total, timestamp, current);
        }
      }
      System.out.printf("epoch %d: %d of %d lines mistagged%n", epoch, wrong, instances.size());
    }
    model.average(total, timestamp, current);
    return model;
  }

  /** Keeps the features whose largest weight reaches minWeight and writes the model file. */
  private static NameModel export(
      AveragedPerceptron model, MutableFeatureMap features, float minWeight, Path out)
      throws IOException {
    int size = NameModel.TAGS;
    float[] transitions = new float[(size + 1) * size];
    System.arraycopy(model.parameter, 0, transitions, 0, transitions.length);
    TreeMap<Long, Integer> kept = new TreeMap<>();
    for (Map.Entry<String, Integer> e : features.entrySet()) {
      if (e.getKey().startsWith("BL=")) {
        continue;
      }
      int id = e.getValue();
      float max = 0;
      for (int t = 0; t < size; t++) {
        max = Math.max(max, Math.abs(model.parameter[id * size + t]));
      }
      if (max >= minWeight) {
        kept.put(Long.parseLong(e.getKey(), 36), id);
      }
    }
    long[] keys = new long[kept.size()];
    float[] weights = new float[kept.size() * size];
    int row = 0;
    for (Map.Entry<Long, Integer> e : kept.entrySet()) {
      keys[row] = e.getKey();
      System.arraycopy(model.parameter, e.getValue() * size, weights, row * size, size);
      row++;
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      NameModel.write(o, transitions, keys, weights);
    }
    System.out.printf(
        "kept %d of %d features, %s: %d bytes%n",
        keys.length, features.size(), out, Files.size(out));
    try (var in = Files.newInputStream(out)) {
      return NameModel.read(in);
    }
  }

  private static void evaluate(NameModel model, List<char[]> lines, List<int[]> labels) {
    int gold = 0;
    int found = 0;
    int right = 0;
    for (int i = 0; i < lines.size(); i++) {
      List<String> truth = spans(labels.get(i));
      List<String> guess = new ArrayList<>();
      for (int[] s : model.names(new String(lines.get(i)))) {
        guess.add(s[0] + ":" + s[1]);
      }
      gold += truth.size();
      found += guess.size();
      right += (int) guess.stream().filter(truth::contains).count();
    }
    System.out.printf(
        "held out: %d names, %d proposed, %d exact: precision %.3f recall %.3f%n",
        gold,
        found,
        right,
        right / (double) Math.max(1, found),
        right / (double) Math.max(1, gold));
  }

  static List<String> spans(int[] label) {
    List<String> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < label.length; i++) {
      if (label[i] == NameModel.S) {
        spans.add(i + ":" + (i + 1));
      } else if (label[i] == NameModel.B) {
        start = i;
      } else if (label[i] == NameModel.E && start >= 0) {
        spans.add(start + ":" + (i + 1));
        start = -1;
      }
    }
    return spans;
  }
}
