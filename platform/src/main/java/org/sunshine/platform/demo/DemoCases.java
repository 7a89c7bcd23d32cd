package org.sunshine.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A few hundred invented but realistic cases across the demo province, as the JSON Lines batch the
 * case-management system would send: parties, events (some returned for supplementary
 * investigation, some extended, some concluded, some overdue) and compulsory measures.
 * Deterministic for a given day.
 */
final class DemoCases {

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
  private static final String GIVEN = "明华建国丽娟志强海燕文静伟芳秀英桂兰德胜晓东玉梅春来振宇子涵浩然欣怡俊杰思远雨婷";
  private static final String[] CHARGES = {
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

  private DemoCases() {}

  static List<String> batch(List<String> countyCodes, LocalDate today, int count) {
    Random random = new Random(20261121L);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String unit = countyCodes.get(i % countyCodes.size());
      String charge = CHARGES[random.nextInt(CHARGES.length)];
      // Spread over the last year, so the year filter, date order and history mean something; a
      // quarter from the last months, so every state (waiting for a judgment, in time) has cases.
      LocalDate accepted = today.minusDays(3 + random.nextInt(i % 4 == 0 ? 110 : 340));
      if (i % 20 == 5) {
        // Prosecuted in the last weeks, judgment still to come: its indictment waits (APPROVED).
        accepted = today.minusDays(27 + i % 13);
      }
      String number =
          "晋"
              + unit.substring(4)
              + "检刑诉受〔"
              + accepted.getYear()
              + "〕"
              + unit
              + String.format("%06d", i + 1)
              + "号";
      int suspects = 1 + (random.nextInt(10) == 0 ? 2 : random.nextInt(10) < 3 ? 1 : 0);
      StringBuilder parties = new StringBuilder();
      for (int s = 1; s <= suspects; s++) {
        boolean minor = i % 37 == 5 && s == 1;
        LocalDate birth =
            minor
                ? accepted.minusYears(17).minusDays(40)
                : accepted.minusYears(19 + random.nextInt(45));
        String nationality = i % 53 == 7 ? null : "中国";
        parties.append(
            String.format(
                "{\"partyNo\":\"S%d\",\"name\":\"%s\",\"role\":\"SUSPECT\",\"idNumber\":\"%s\",\"birthDate\":\"%s\","
                    + "\"nationality\":%s,\"offenceOn\":\"%s\",\"pleaAgreement\":%s},",
                s,
                name(random),
                id(unit, birth, random),
                birth,
                nationality == null ? "null" : "\"" + nationality + "\"",
                accepted.minusDays(30 + random.nextInt(60)),
                random.nextBoolean()));
      }
      parties.append(
          String.format("{\"partyNo\":\"V1\",\"name\":\"%s\",\"role\":\"VICTIM\"}", name(random)));
      lines.add(
          String.format(
              "{\"record\":\"case\",\"caseNumber\":\"%s\",\"version\":1,\"unit\":\"%s\",\"caseType\":\"PROSECUTION_REVIEW\","
                  + "\"charge\":\"%s\",\"caseTeam\":\"第%s检察官办案组\",\"procurator\":\"%s\",\"acceptedOn\":\"%s\","
                  + "\"complex\":%s,\"parties\":[%s]}",
              number,
              unit,
              charge,
              random.nextBoolean() ? "一" : "二",
              name(random),
              accepted,
              i % 11 == 0,
              parties));
      lines.addAll(timeline(number, accepted, today, suspects, random, i));
    }
    return lines;
  }

  private static List<String> timeline(
      String number, LocalDate accepted, LocalDate today, int suspects, Random random, int i) {
    List<String> lines = new ArrayList<>();
    lines.add(event(number, "E1", null, "ACCEPTED", accepted));
    for (int s = 1; s <= suspects; s++) {
      LocalDate detained = accepted.minusDays(20 + random.nextInt(20));
      lines.add(
          String.format(
              "{\"record\":\"measure\",\"caseNumber\":\"%s\",\"measureId\":\"M%d-1\",\"partyNo\":\"S%d\",\"kind\":\"DETENTION\","
                  + "\"from\":\"%s\",\"to\":\"%s\"}",
              number, s, s, detained, detained.plusDays(7)));
      String second = random.nextInt(3) == 0 ? "BAIL" : "ARREST";
      lines.add(
          String.format(
              "{\"record\":\"measure\",\"caseNumber\":\"%s\",\"measureId\":\"M%d-2\",\"partyNo\":\"S%d\",\"kind\":\"%s\","
                  + "\"from\":\"%s\",\"to\":null}",
              number, s, s, second, detained.plusDays(7)));
    }
    int path = i % 10;
    LocalDate d = accepted;
    if ((path == 1 || path == 2) && d.plusDays(20).isBefore(today)) {
      d = d.plusDays(20);
      lines.add(event(number, "E2", null, "RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION", d));
      if (d.plusDays(25).isBefore(today)) {
        lines.add(event(number, "E3", null, "RESUBMITTED", d.plusDays(25)));
      }
    } else if (path == 3 && d.plusDays(28).isBefore(today)) {
      lines.add(event(number, "E2", null, "DEADLINE_EXTENDED", d.plusDays(28)));
    } else if (path == 4) {
      lines.add(event(number, "E2", null, "FAST_TRACK", d.plusDays(1)));
    }
    if (path >= 5 && path <= 8 && accepted.plusDays(25).isBefore(today)) {
      String end = path == 8 ? "NOT_PROSECUTED" : "PROSECUTED";
      for (int s = 1; s <= suspects; s++) {
        lines.add(
            event(number, "E9-" + s, "S" + s, end, accepted.plusDays(20 + random.nextInt(5))));
      }
    }
    return lines;
  }

  private static String event(String number, String id, String party, String type, LocalDate on) {
    return String.format(
        "{\"record\":\"event\",\"caseNumber\":\"%s\",\"eventId\":\"%s\",\"partyNo\":%s,\"type\":\"%s\",\"on\":\"%s\"}",
        number, id, party == null ? "null" : "\"" + party + "\"", type, on);
  }

  private static String name(Random random) {
    return ""
        + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
        + GIVEN.charAt(random.nextInt(GIVEN.length()))
        + (random.nextBoolean()
            ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())))
            : "");
  }

  private static String id(String unit, LocalDate birth, Random random) {
    return unit
        + String.format(
            "%04d%02d%02d%03d",
            birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), random.nextInt(1000))
        + random.nextInt(10);
  }
}
