package org.sunshine.platform.surveys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.access.DefenceCounsel;
import org.sunshine.platform.cases.ConcludedCase;
import org.sunshine.platform.cases.ConcludedCases;
import org.sunshine.platform.cases.PartyRole;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.DepartmentView;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.petitions.Reporters;

/**
 * 每月23日短信回访 (seed 003): the round of a month asks the people of the cases concluded since the last
 * survey day — [day − 1 month, day − 1] — so consecutive rounds cover every day once. Asked are the
 * parties and key witnesses whose case record carries a mobile number and a birth date showing them
 * 18 or older on the survey day (no birth date: not asked, since nobody can tell they are not a
 * minor), and the case's defence lawyers; never a 举报人 (flagged on the record, or a number that
 * reported the case), a number that opted out or declined optional SMS, or a number already asked
 * about the case.
 */
@Service
class SurveyRounds {

  private static final Pattern MOBILE = Pattern.compile("^1\\d{10}$");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How many people a round asked, or nothing when the month's round was held already. */
  record Held(LocalDate month, boolean fresh, int asked) {}

  private record Candidate(Invitation.Respondent respondent, String recipient, String mobile) {}

  private final SurveyRows rows;
  private final ConcludedCases concluded;
  private final DefenceCounsel counsel;
  private final Reporters reporters;
  private final Directory directory;
  private final Notifications notifications;
  private final SurveyProperties properties;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final String base;

  SurveyRounds(
      SurveyRows rows,
      ConcludedCases concluded,
      DefenceCounsel counsel,
      Reporters reporters,
      Directory directory,
      Notifications notifications,
      SurveyProperties properties,
      Clock clock,
      ApplicationEventPublisher events,
      @Value("${sunshine.public-base-url:}") String publicBaseUrl) {
    this.events = events;
    this.rows = rows;
    this.concluded = concluded;
    this.counsel = counsel;
    this.reporters = reporters;
    this.directory = directory;
    this.notifications = notifications;
    this.properties = properties;
    this.clock = clock;
    String b = publicBaseUrl.isBlank() ? "http://localhost:8080/" : publicBaseUrl;
    this.base = b.endsWith("/") ? b : b + "/";
  }

  /** The survey day of a month: the configured day, or the month's last day if shorter. */
  LocalDate surveyDay(YearMonth month) {
    return month.atDay(Math.min(properties.day(), month.lengthOfMonth()));
  }

  /** Whether the month's round was held already. */
  boolean held(LocalDate month) {
    return rows.round(month.withDayOfMonth(1)).isPresent();
  }

  /** Holds the round of the survey day's month once; a second call asks nobody. */
  @Transactional
  public Held hold(LocalDate day) {
    LocalDate month = day.withDayOfMonth(1);
    LocalDate from = day.minusMonths(1);
    LocalDate to = day.minusDays(1);
    var round = rows.openRound(month, day, from, to, clock.instant());
    if (round.isEmpty()) {
      return new Held(month, false, 0);
    }
    List<ConcludedCase> cases = concluded.between(from, to);
    Map<Long, List<DefenceCounsel.Counsel>> lawyers =
        counsel.of(cases.stream().map(ConcludedCase::caseId).toList()).stream()
            .collect(Collectors.groupingBy(DefenceCounsel.Counsel::caseId));
    Map<Long, List<Candidate>> candidatesOf = new HashMap<>();
    for (ConcludedCase c : cases) {
      candidatesOf.put(c.caseId(), candidates(c, lawyers.getOrDefault(c.caseId(), List.of()), day));
    }
    Set<String> reporting =
        reporters.reportersAmong(
            cases.stream().map(ConcludedCase::caseNumber).toList(),
            candidatesOf.values().stream().flatMap(List::stream).map(Candidate::mobile).toList());
    Map<Long, Map<String, Long>> departments = new HashMap<>();
    Instant now = clock.instant();
    LocalDate answerBy = LocalDate.now(clock).plusDays(properties.replyDays());
    int asked = 0;
    for (ConcludedCase c : cases) {
      Map<String, Candidate> byMobile = new LinkedHashMap<>();
      for (Candidate k : candidatesOf.get(c.caseId())) {
        byMobile.putIfAbsent(k.mobile(), k);
      }
      Set<String> optedOut = rows.optedOut(byMobile.keySet());
      Set<String> already = rows.askedAbout(c.caseId());
      Long department =
          departments
              .computeIfAbsent(c.unitId(), this::teamsToDepartments)
              .get(c.caseTeam() == null ? "" : c.caseTeam());
      for (Candidate k : byMobile.values()) {
        if (reporting.contains(k.mobile())
            || optedOut.contains(k.mobile())
            || already.contains(k.mobile())
            || !notifications.consents(k.recipient(), MessageChannel.SMS)) {
          continue;
        }
        String token = token();
        var id =
            rows.insert(
                new SurveyRows.NewInvitation(
                    round.get().id(),
                    c.caseId(),
                    c.caseNumber(),
                    c.unitId(),
                    department,
                    k.respondent(),
                    k.recipient(),
                    k.mobile(),
                    hash(token),
                    now,
                    answerBy));
        if (id.isPresent()) {
          ask(id.get(), k, c.unitId(), token);
          events.publishEvent(new SurveyInvitationChanged(id.get()));
          asked++;
        }
      }
    }
    return new Held(month, true, asked);
  }

  /** The people of a case who may be asked, before the opt-outs and earlier asks. */
  private List<Candidate> candidates(
      ConcludedCase c, List<DefenceCounsel.Counsel> lawyers, LocalDate day) {
    List<Candidate> out = new ArrayList<>();
    for (ConcludedCase.Participant p : c.participants()) {
      boolean witness = p.role() == PartyRole.WITNESS;
      if (p.reporter()
          || (witness && !p.keyWitness())
          || p.mobile() == null
          || !MOBILE.matcher(p.mobile().strip()).matches()
          || p.birthDate() == null
          || Period.between(p.birthDate(), day).getYears() < properties.minimumAge()) {
        continue;
      }
      out.add(
          new Candidate(
              witness ? Invitation.Respondent.KEY_WITNESS : Invitation.Respondent.PARTY,
              "party:" + p.partyId(),
              p.mobile().strip()));
    }
    for (DefenceCounsel.Counsel l : lawyers) {
      if (l.mobile() != null && MOBILE.matcher(l.mobile()).matches()) {
        out.add(
            new Candidate(
                Invitation.Respondent.DEFENCE_COUNSEL, "applicant:" + l.applicantId(), l.mobile()));
      }
    }
    return out;
  }

  /**
   * The SMS, with the web form's link on the public site (on a split deployment the invitation's
   * ballot goes there: {@link SurveyBallots}).
   */
  private void ask(long invitationId, Candidate k, long unitId, String token) {
    String unit = directory.get(unitId).name();
    notifications.send(
        new Message(
            "survey:" + invitationId,
            k.recipient(),
            Set.of(MessageChannel.SMS),
            k.mobile(),
            null,
            "survey",
            List.of(unit, link(token)),
            null,
            false,
            // A survey is optional: TD declines it, and quiet hours hold it.
            true,
            unitId));
  }

  String link(String token) {
    return base + "survey/" + token;
  }

  /** 办案组 name to its department, for one unit. */
  private Map<String, Long> teamsToDepartments(long unitId) {
    Map<String, Long> map = new HashMap<>();
    for (DepartmentView d : directory.departments(unitId)) {
      for (String team : directory.caseTeams(d.id())) {
        map.putIfAbsent(team, d.id());
      }
    }
    return map;
  }

  private static String token() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
