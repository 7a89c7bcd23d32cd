package org.sunshine.platform.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.Conviction;
import org.sunshine.platform.cases.Convictions;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.Forbidden;

/**
 * The automatic check behind a 行贿犯罪档案查询: the case records are searched for effective judgments of
 * 行贿罪, 单位行贿罪, 对单位行贿罪 and 介绍贿赂罪 within the configured years against each name applied for. It only
 * proposes: the officer confirms (or corrects) the finding before the 告知函 is issued, because a name
 * alone may belong to someone else.
 */
@Service
class BriberyProposals {

  /** 单位行贿罪 and 对单位行贿罪 contain 行贿罪; 受贿罪 does not. */
  static final List<String> OFFENCES = List.of("行贿罪", "介绍贿赂罪");

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final BriberyChecks checks;
  private final Convictions convictions;
  private final HallProperties settings;
  private final MessageSource messages;
  private final AuditLog audit;
  private final Clock clock;

  BriberyProposals(
      BriberyChecks checks,
      Convictions convictions,
      HallProperties settings,
      MessageSource messages,
      AuditLog audit,
      Clock clock) {
    this.checks = checks;
    this.convictions = convictions;
    this.settings = settings;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
  }

  /** What the records show for a check's names; the look at the records is audited. */
  @Transactional
  Proposal propose(StaffIdentity staff, long id) {
    BriberyRecordCheck c = checks.find(id).orElseThrow(NoSuchElementException::new);
    if (!PetitionAccess.office(staff) || staff.unitId() != c.unitId) {
      throw Forbidden.of("petitions.bribery-proposals.check.forbidden");
    }
    LocalDate since = LocalDate.now(clock).minusYears(settings.briberyCheckYears());
    List<Conviction> found = convictions.of(names(c.names), OFFENCES, since);
    audit.record(
        staff.username(),
        staff.unitId(),
        "CHECK_BRIBERY_RECORDS",
        "BriberyCheck",
        String.valueOf(id),
        found.size() + " found",
        Channel.CONSOLE);
    String finding =
        found.stream()
            .map(
                v ->
                    messages.getMessage(
                        "bribery.proposal.line",
                        new Object[] {v.name(), v.caseNumber(), v.charge(), v.effectiveOn()},
                        ZH))
            .collect(Collectors.joining("；"));
    return new Proposal(!found.isEmpty(), finding, found);
  }

  /** The names as typed, split on 、，,；; and white space. */
  static List<String> names(String typed) {
    return Arrays.stream(typed.split("[、，,；;\\s]+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  /** The proposed answer: found or none, and the finding as the letter would state it. */
  record Proposal(boolean found, String finding, List<Conviction> convictions) {}
}
