package org.sunshine.platform.search;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * A deterministic stream of realistic published documents (already redacted: pseudonyms, masked
 * numbers), for the search benchmark. Not demo data.
 */
final class BenchCorpus implements Iterable<SearchEntry> {

  static final String[] CHARGES = {
    "盗窃罪",
    "诈骗罪",
    "故意伤害罪",
    "危险驾驶罪",
    "帮助信息网络犯罪活动罪",
    "寻衅滋事罪",
    "交通肇事罪",
    "开设赌场罪",
    "非法吸收公众存款罪",
    "掩饰、隐瞒犯罪所得罪",
    "抢劫罪",
    "职务侵占罪",
    "贪污罪",
    "受贿罪",
    "走私普通货物罪"
  };
  private static final String[] THINGS = {"手机", "现金", "电动自行车", "笔记本电脑", "金项链", "轿车", "烟酒", "电缆"};
  private static final String[] PLACES = {"某小区", "某商场", "某停车场", "某工地", "某网吧", "某酒店", "某村"};
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";

  /** Province 2; cities 3, 8, 13, 17; their counties (as the demo directory numbers them). */
  static final long[][] UNITS = {
    {2, 3, 4},
    {2, 3, 5},
    {2, 3, 6},
    {2, 3, 7},
    {2, 8, 9},
    {2, 8, 10},
    {2, 8, 11},
    {2, 13, 14},
    {2, 13, 15},
    {2, 13, 16},
    {2, 17, 18},
    {2, 17, 19},
    {2, 17, 20}
  };

  private final int n;

  BenchCorpus(int n) {
    this.n = n;
  }

  @Override
  public Iterator<SearchEntry> iterator() {
    Random r = new Random(20261122L);
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public SearchEntry next() {
        return entry(i++, r);
      }
    };
  }

  /**
   * What the accused did, in the words documents of that charge use (phrases are not everywhere).
   */
  private static String how(String charge) {
    return switch (charge) {
      case "盗窃罪", "抢劫罪" -> "以非法占有为目的，秘密窃取被害人";
      case "诈骗罪", "非法吸收公众存款罪", "帮助信息网络犯罪活动罪" -> "采取虚构事实、隐瞒真相的方法，骗取被害人";
      case "故意伤害罪", "寻衅滋事罪" -> "因琐事与他人发生争执，随意殴打并损毁被害人";
      case "危险驾驶罪", "交通肇事罪" -> "醉酒后驾驶机动车，撞坏被害人";
      default -> "利用职务上的便利，侵占被害人";
    };
  }

  static SearchEntry entry(int i, Random r) {
    String charge = CHARGES[r.nextInt(CHARGES.length)];
    String who = SURNAMES.charAt(r.nextInt(SURNAMES.length())) + "某某";
    String victim = SURNAMES.charAt(r.nextInt(SURNAMES.length())) + "某某";
    String thing = THINGS[r.nextInt(THINGS.length)];
    String place = PLACES[r.nextInt(PLACES.length)];
    long[] unit = UNITS[r.nextInt(UNITS.length)];
    LocalDate published = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(2870));
    boolean np = r.nextInt(5) == 0;
    String type = np ? "NON_PROSECUTION_DECISION" : "INDICTMENT";
    int amount = 1000 + r.nextInt(99000);
    StringBuilder t = new StringBuilder();
    t.append(np ? "不起诉决定书\n" : "起 诉 书\n");
    t.append(np ? "被不起诉人" : "被告人")
        .append(who)
        .append("，男，****年**月**日出生，公民身份号码140105********")
        .append(1000 + r.nextInt(9000))
        .append("，汉族，住山西省太原市**区**路**号。因涉嫌")
        .append(charge)
        .append("，于")
        .append(published.minusDays(90))
        .append("被刑事拘留。\n");
    t.append("本案由公安机关侦查终结，以")
        .append(who)
        .append("涉嫌")
        .append(charge)
        .append("，向本院移送审查起诉。")
        .append("本院受理后，依法告知了其有权委托辩护人，依法讯问了犯罪嫌疑人，听取了辩护人和被害人")
        .append(victim)
        .append("的意见，审查了全部案件材料。\n经依法审查查明：\n");
    int facts = 2 + r.nextInt(4);
    for (int f = 0; f < facts; f++) {
      t.append(published.minusDays(120 + f * 7))
          .append("，")
          .append(who)
          .append("在")
          .append(place)
          .append(how(charge))
          .append(victim)
          .append("的")
          .append(thing)
          .append("等财物，价值人民币")
          .append(amount + f * 137)
          .append("元。");
      t.append("案发后，").append(who).append("退赔了被害人的全部经济损失，并取得谅解。\n");
    }
    t.append("认定上述事实的证据如下：物证、书证、证人证言、被害人陈述、犯罪嫌疑人供述和辩解、鉴定意见、视听资料。\n");
    t.append("本院认为，")
        .append(who)
        .append("的行为已触犯《中华人民共和国刑法》，犯罪事实清楚，证据确实、充分，")
        .append(np ? "但犯罪情节轻微，依法决定不起诉。\n" : "应当以" + charge + "追究其刑事责任，提起公诉，请依法判处。\n");
    String title = (np ? "不起诉决定书" : "起诉书") + "（" + who + "涉嫌" + charge.replace("罪", "") + "案）";
    return new SearchEntry(
        "document-" + (i + 1),
        "DOCUMENT",
        title,
        t.toString(),
        type,
        np ? "不起诉决定书" : "起诉书",
        unit[2],
        "测试检察院" + unit[2],
        List.of(unit[0], unit[1], unit[2]),
        charge,
        published,
        "/documents/" + (i + 1),
        Integer.toHexString(t.toString().hashCode()));
  }
}
