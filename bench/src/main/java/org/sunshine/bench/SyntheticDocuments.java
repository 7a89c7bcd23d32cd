package org.sunshine.bench;

import java.util.List;
import java.util.Random;

/**
 * Realistic, invented procuratorate documents for benchmarks: varied names, identifiers, addresses
 * and facts, about 3 KB each by default. Deterministic for a given seed.
 */
public final class SyntheticDocuments {

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程";
  private static final String GIVEN = "明华建国丽娟志强海燕文静伟芳秀英桂兰德胜晓东玉梅春来振宇子涵浩然欣怡俊杰思远雨婷";
  private static final List<String> PLACES =
      List.of(
          "山西省太原市小店区",
          "河南省郑州市金水区",
          "浙江省杭州市西湖区",
          "四川省成都市武侯区",
          "广东省深圳市南山区",
          "湖北省武汉市洪山区",
          "江苏省南京市鼓楼区",
          "陕西省西安市雁塔区");
  private static final List<String> CHARGES =
      List.of("盗窃罪", "诈骗罪", "故意伤害罪", "危险驾驶罪", "帮助信息网络犯罪活动罪", "寻衅滋事罪");
  private static final String FACT =
      "经依法审查查明：%s，被告人%s在%s%s附近，趁被害人%s不备，窃取其放在桌上的手机一部，经鉴定价值人民币%d元。"
          + "案发后，被害人%s报警，民警于当日将被告人%s抓获，并追回赃物发还被害人。证人%s证实，其看见%s离开现场。"
          + "被告人%s到案后如实供述了自己的罪行，自愿认罪认罚，并在值班律师见证下签署了认罪认罚具结书。";

  private final Random random;

  public SyntheticDocuments(long seed) {
    this.random = new Random(seed);
  }

  public String next() {
    return next(3);
  }

  /** A document of about {@code kilobytes} KB: the fact paragraph repeats to reach the size. */
  public String next(int kilobytes) {
    String defendant = name();
    String victim = name();
    String witness = name();
    String place = pick(PLACES);
    String charge = pick(CHARGES);
    int year = 2020 + random.nextInt(6);
    StringBuilder doc = new StringBuilder();
    doc.append(place).append("人民检察院\n起 诉 书\n");
    doc.append(place.substring(0, 1))
        .append("检刑诉〔")
        .append(year)
        .append("〕")
        .append(100 + random.nextInt(900))
        .append("号\n\n");
    doc.append("　　被告人")
        .append(defendant)
        .append("，男，")
        .append(1960 + random.nextInt(40))
        .append("年")
        .append(1 + random.nextInt(12))
        .append("月")
        .append(1 + random.nextInt(28))
        .append("日出生，公民身份号码")
        .append(idNumber())
        .append("，汉族，初中文化，住")
        .append(place)
        .append(street())
        .append("，联系电话")
        .append(mobile())
        .append("。因涉嫌")
        .append(charge)
        .append("，于")
        .append(year)
        .append("年3月5日被刑事拘留。\n");
    doc.append("　　本案由")
        .append(place)
        .append("公安局侦查终结，以被告人")
        .append(defendant)
        .append("涉嫌")
        .append(charge)
        .append("，于")
        .append(year)
        .append("年5月11日向本院移送审查起诉。\n");
    while (doc.length() < kilobytes * 1024 / 3) {
      doc.append("　　")
          .append(
              String.format(
                  FACT,
                  year + "年2月" + (1 + random.nextInt(27)) + "日",
                  defendant,
                  place,
                  street(),
                  victim,
                  1000 + random.nextInt(20000),
                  victim,
                  defendant,
                  witness,
                  defendant,
                  defendant))
          .append("\n");
    }
    doc.append("　　本院认为，被告人")
        .append(defendant)
        .append("的行为触犯了《中华人民共和国刑法》第二百六十四条，应当以")
        .append(charge)
        .append("追究其刑事责任。\n此致\n")
        .append(place)
        .append("人民法院\n检察官　")
        .append(name())
        .append("\n")
        .append(year)
        .append("年6月1日\n");
    return doc.toString();
  }

  private String name() {
    return ""
        + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
        + GIVEN.charAt(random.nextInt(GIVEN.length()))
        + (random.nextBoolean() ? "" + GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
  }

  private String idNumber() {
    return String.format(
        "%06d%04d%02d%02d%04d",
        110000 + random.nextInt(500000),
        1960 + random.nextInt(40),
        1 + random.nextInt(12),
        1 + random.nextInt(28),
        random.nextInt(10000));
  }

  private String mobile() {
    return "13" + random.nextInt(10) + String.format("%08d", random.nextInt(100_000_000));
  }

  private String street() {
    return pick(List.of("解放", "人民", "建设", "和平", "中山", "文化"))
        + "路"
        + (1 + random.nextInt(300))
        + "号";
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
