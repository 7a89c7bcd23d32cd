package org.sunshine.bench.gold;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short documents made of sentence frames, for the name model: {@link Narratives} (training) and
 * {@link HeldOutFrames} (evaluation, frames the training never sees). A frame's slots: {@code {A}}
 * the declared accused; {@code {P} {Q} {R}} people nobody declared (masked); {@code {g}} the given
 * name of {P} alone (masked; the full name when it has none); {@code {O}} an official after the
 * title the frame writes (kept); {@code {L}} a place (kept); {@code {C}} a firm, {@code {D}} a
 * road, {@code {X}} a product or thing (neither a person nor annotated).
 */
final class Frames {

  private static final String[][] TYPES = {
    {"起诉书", "被告人", "刑诉"},
    {"不起诉决定书", "被不起诉人", "刑不诉"},
    {"刑事抗诉书", "原审被告人", "刑抗"},
    {"撤销案件决定书", "犯罪嫌疑人", "撤案"}
  };

  private static final Pattern SLOT = Pattern.compile("\\{([APQRgOLCDX])\\}");

  private Frames() {}

  /**
   * A document of {@code count} frames drawn from {@code frames} after a participant paragraph; the
   * places, firms, roads and things come from the lists given.
   */
  static Gold document(List<String> frames, int count, Fillers fillers, Random random) {
    Gold g = new Gold();
    Names names = new Names(random);
    String[] t = TYPES[random.nextInt(TYPES.length)];
    g.type = t[0];
    String county = fillers.pick(fillers.counties(), random);
    String unit = g.keep("agency", county + "人民检察院");
    g.append(unit).append("\n").append(t[0]).append("\n");
    g.append(
        g.keep(
            "case_number",
            county.charAt(0) + "检" + t[2] + "〔2025〕" + (1 + random.nextInt(300)) + "号"));
    g.append("\n");
    String accused = names.next().full();
    g.mask("name", accused, t[1]);
    g.line(t[1] + accused + "，" + (random.nextBoolean() ? "男" : "女") + "，汉族，初中文化，无业。");
    g.line("经依法审查查明：");
    for (int i = 0; i < count; i++) {
      g.line(fill(frames.get(random.nextInt(frames.size())), g, names, accused, fillers, random));
    }
    g.append("检察官　").append(g.keep("procurator", names.han().full())).append("\n");
    g.append(
        g.keep("date", "2025年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日"));
    return g.append("\n");
  }

  static String fill(
      String frame, Gold g, Names names, String accused, Fillers fillers, Random random) {
    Map<String, Names.Name> people = new HashMap<>();
    Matcher m = SLOT.matcher(frame);
    StringBuilder s = new StringBuilder();
    while (m.find()) {
      String slot = m.group(1);
      String value =
          switch (slot) {
            case "A" -> accused;
            case "P", "Q", "R" -> g.mask("name", person(people, slot, names).full(), "证人");
            case "g" -> {
              Names.Name p = person(people, "P", names);
              yield g.mask("name", p.given().isEmpty() ? p.full() : p.given(), "证人");
            }
            case "O" -> g.keep("official", names.han().full());
            case "L" -> g.keep("place", fillers.pick(fillers.places(), random));
            case "C" -> fillers.pick(fillers.firms(), random);
            case "D" -> fillers.pick(fillers.roads(), random);
            default -> fillers.pick(fillers.things(), random);
          };
      m.appendReplacement(s, Matcher.quoteReplacement(value));
    }
    m.appendTail(s);
    return s.toString();
  }

  private static Names.Name person(Map<String, Names.Name> people, String slot, Names names) {
    return people.computeIfAbsent(slot, k -> names.next());
  }

  /** What fills the slots that are not people; training and evaluation use different lists. */
  record Fillers(
      List<String> counties,
      List<String> places,
      List<String> firms,
      List<String> roads,
      List<String> things) {
    String pick(List<String> options, Random random) {
      return options.get(random.nextInt(options.size()));
    }
  }
}
