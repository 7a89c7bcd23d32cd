package org.sunshine.bench.gold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes annotated documents in the gold format of the shared development corpus (doc-NNNN.txt and
 * doc-NNNN.json), so that score.py measures the engine on text nobody wrote by hand for it: fifteen
 * document types (see {@link Criminal} and {@link Supervision}), names from {@link People},
 * identifiers and dates from {@link Details}, three layouts from {@link Layouts}.
 *
 * <p>No dependency: {@code javac -d OUT *.java && java -cp OUT
 * org.sunshine.bench.gold.GoldCorpusGenerator OUT_DIR COUNT SEED LAYOUT [KIND]}; KIND is {@code
 * documents} (the default), {@code narrative} (short documents of the name model's training frames,
 * {@link Narratives}) or {@code heldout} (its evaluation frames, {@link HeldOutFrames}).
 */
public final class GoldCorpusGenerator {

  /** Type, role of the accused (criminal types only), file-number word. */
  private static final String[][] TYPES = {
    {"起诉书", "被告人", "刑诉"},
    {"不起诉决定书", "被不起诉人", "刑不诉"},
    {"刑事抗诉书", "原审被告人", "刑抗"},
    {"不批准逮捕决定书", "犯罪嫌疑人", "不捕"},
    {"附条件不起诉决定书", "被附条件不起诉人", "未附不诉"},
    {"驳回申诉通知书", "原审被告人", "刑申驳"},
    {"刑事申诉复查决定书", "原审被告人", "刑申复决"},
    {"不立案决定书", "被控告人", "不立"},
    {"撤销案件决定书", "犯罪嫌疑人", "撤案"},
    {"民事抗诉书", "", "民抗"},
    {"行政抗诉书", "", "行抗"},
    {"不支持监督申请决定书", "", "民监"},
    {"检察建议书", "", "检建"},
    {"再审检察建议书", "", "民再建"},
    {"公益诉讼起诉书", "", "公诉"}
  };

  private GoldCorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    String layout = args.length > 3 ? args[3] : "clean";
    String kind = args.length > 4 ? args[4] : "documents";
    Files.createDirectories(out);
    for (int i = 0; i < count; i++) {
      Random random = new Random(seed * 100_003 + i);
      Gold g =
          switch (kind) {
            case "narrative" ->
                Frames.document(
                    Narratives.FRAMES, 4 + random.nextInt(6), Narratives.FILLERS, random);
            case "heldout" ->
                Frames.document(
                    HeldOutFrames.FRAMES, 4 + random.nextInt(6), HeldOutFrames.FILLERS, random);
            default -> document(i % TYPES.length, random);
          };
      String id = String.format("doc-%04d", i + 1);
      String body = Layouts.laidOut(g.text(), layout, random);
      Files.writeString(out.resolve(id + ".txt"), body, StandardCharsets.UTF_8);
      Files.writeString(
          out.resolve(id + ".json"), g.json(id, layout, body), StandardCharsets.UTF_8);
    }
  }

  private static Gold document(int type, Random random) {
    Gold g = new Gold();
    People people = new People(random);
    Details details = new Details(random);
    Parts parts = new Parts(g, people, details, random);
    String[] t = TYPES[type];
    String unit = g.keep("agency", details.city() + details.county() + "人民检察院");
    String number =
        g.keep(
            "case_number",
            details.county().charAt(0) + "检" + t[2] + "〔2025〕" + (1 + random.nextInt(300)) + "号");
    if (type < 9) {
      new Criminal(parts).write(t[0], t[1], unit, number);
    } else {
      new Supervision(parts).write(t[0], unit, number);
    }
    parts.signature("2025年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日");
    return g;
  }
}
