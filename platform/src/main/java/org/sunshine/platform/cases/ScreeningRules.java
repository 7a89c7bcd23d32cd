package org.sunshine.platform.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sunshine.platform.texts.Texts;

/**
 * The screening before anything of a record is disclosed. The real system hard-coded 66 conditions;
 * here each rule is a named, versioned entry of one list, tested one by one, and the version is
 * stored with every result.
 */
final class ScreeningRules {

  static final String VERSION = "2026.1";

  /** What a rule looks at: the case and one accused party. */
  record Facts(
      String charge,
      LocalDate acceptedOn,
      String procurator,
      boolean secret,
      String partyName,
      LocalDate birthDate,
      LocalDate offenceOn,
      String nationality,
      String officialRank) {}

  record Rule(String id, ScreeningOutcome outcome, Function<Facts, Optional<String>> check) {}

  /** 刑法 第一百零二条至第一百一十三条: crimes endangering national security. */
  static final Set<String> NATIONAL_SECURITY_CHARGES =
      Set.of(
          "背叛国家罪",
          "分裂国家罪",
          "煽动分裂国家罪",
          "武装叛乱、暴乱罪",
          "颠覆国家政权罪",
          "煽动颠覆国家政权罪",
          "资助危害国家安全犯罪活动罪",
          "投敌叛变罪",
          "叛逃罪",
          "间谍罪",
          "为境外窃取、刺探、收买、非法提供国家秘密、情报罪",
          "资敌罪");

  /** 刑法 第一百二十条 and 之一至之六: terrorism and extremism. */
  static final Set<String> TERRORISM_CHARGES =
      Set.of(
          "组织、领导、参加恐怖组织罪",
          "帮助恐怖活动罪",
          "准备实施恐怖活动罪",
          "宣扬恐怖主义、极端主义、煽动实施恐怖活动罪",
          "利用极端主义破坏法律实施罪",
          "强制穿戴宣扬恐怖主义、极端主义服饰、标志罪",
          "非法持有宣扬恐怖主义、极端主义物品罪");

  private static final Set<String> SENIOR_RANKS =
      Set.of("省部级副职", "省部级正职", "副省级", "正省级", "副部级", "正部级", "国家级副职", "国家级正职");

  static final List<Rule> ALL =
      List.of(
          new Rule(
              "national-security-charge",
              ScreeningOutcome.WITHHELD_BY_LAW,
              f ->
                  anyCharge(
                      f.charge(),
                      NATIONAL_SECURITY_CHARGES,
                      Texts.text("cases.screening-rules.national-security"))),
          new Rule(
              "terrorism-charge",
              ScreeningOutcome.WITHHELD_BY_LAW,
              f ->
                  anyCharge(
                      f.charge(),
                      TERRORISM_CHARGES,
                      Texts.text("cases.screening-rules.terrorism"))),
          new Rule(
              "secret-case",
              ScreeningOutcome.WITHHELD_BY_LAW,
              f ->
                  f.secret()
                      ? Optional.of(Texts.text("cases.screening-rules.state-secret"))
                      : Optional.empty()),
          new Rule(
              "minor-at-offence", ScreeningOutcome.WITHHELD_BY_LAW, ScreeningRules::minorAtOffence),
          new Rule(
              "senior-official",
              ScreeningOutcome.WITHHELD_BY_LAW,
              f ->
                  f.officialRank() != null && SENIOR_RANKS.contains(f.officialRank().strip())
                      ? Optional.of(
                          Texts.text("cases.screening-rules.senior-official", f.officialRank()))
                      : Optional.empty()),
          new Rule(
              "missing-nationality",
              ScreeningOutcome.BLOCKED_INCOMPLETE,
              f ->
                  blank(f.nationality())
                      ? Optional.of(Texts.text("cases.screening-rules.nationality.missing"))
                      : Optional.empty()),
          new Rule(
              "missing-birth-date",
              ScreeningOutcome.BLOCKED_INCOMPLETE,
              f ->
                  f.birthDate() == null
                      ? Optional.of(Texts.text("cases.screening-rules.birth-date.missing"))
                      : Optional.empty()),
          new Rule(
              "missing-charge",
              ScreeningOutcome.BLOCKED_INCOMPLETE,
              f ->
                  blank(f.charge())
                      ? Optional.of(Texts.text("cases.screening-rules.charge.missing"))
                      : Optional.empty()),
          new Rule(
              "missing-accepted-date",
              ScreeningOutcome.BLOCKED_INCOMPLETE,
              f ->
                  f.acceptedOn() == null
                      ? Optional.of(Texts.text("cases.screening-rules.accepted-on.missing"))
                      : Optional.empty()),
          new Rule(
              "missing-procurator",
              ScreeningOutcome.BLOCKED_INCOMPLETE,
              f ->
                  blank(f.procurator())
                      ? Optional.of(Texts.text("cases.screening-rules.procurator.missing"))
                      : Optional.empty()));

  private ScreeningRules() {}

  private static Optional<String> anyCharge(String charge, Set<String> charges, String label) {
    if (charge == null) {
      return Optional.empty();
    }
    return charges.stream().filter(charge::contains).findFirst().map(c -> label + "：" + c);
  }

  /**
   * Under 18 on the offence date. Without an offence date, anyone who was under 18 within the three
   * years before acceptance might have offended as a minor: withheld until the date is known (the
   * safe side).
   */
  private static Optional<String> minorAtOffence(Facts f) {
    if (f.birthDate() == null) {
      return Optional.empty();
    }
    LocalDate adult = f.birthDate().plusYears(18);
    if (f.offenceOn() != null) {
      return f.offenceOn().isBefore(adult)
          ? Optional.of(Texts.text("cases.screening-rules.minor"))
          : Optional.empty();
    }
    if (f.acceptedOn() != null && f.acceptedOn().isBefore(adult.plusYears(3))) {
      return Optional.of(Texts.text("cases.screening-rules.offence-date.missing"));
    }
    return Optional.empty();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
