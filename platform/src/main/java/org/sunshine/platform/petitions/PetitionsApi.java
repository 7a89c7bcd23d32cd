package org.sunshine.platform.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.texts.BadInput;

/**
 * JSON for apps and mini-programs: what can be filed, an anonymous 举报, reading replies with code
 * and password, and a unit's monthly figures. No session: the code and password are the credential.
 */
@RestController
class PetitionsApi {

  record KindJson(String kind, String name, String clock) {}

  record ReportJson(long unitId, String subject, String text, String caseNumber, String password) {}

  record ReceiptJson(String queryCode) {}

  record TrackJson(String code, String password) {}

  record ReplyJson(LocalDate repliedOn, String text) {}

  record DeadlineJson(String clock, LocalDate due, LocalDate met) {}

  record PetitionJson(
      String kind,
      String state,
      String unit,
      LocalDate receivedOn,
      List<DeadlineJson> deadlines,
      List<ReplyJson> replies) {}

  private final PetitionIntake intake;
  private final PetitionQueries queries;
  private final Petitions petitions;
  private final Directory directory;
  private final MessageSource messages;
  private final Clock clock;

  PetitionsApi(
      PetitionIntake intake,
      PetitionQueries queries,
      Petitions petitions,
      Directory directory,
      MessageSource messages,
      Clock clock) {
    this.intake = intake;
    this.queries = queries;
    this.petitions = petitions;
    this.directory = directory;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/api/v1/petitions/kinds")
  List<KindJson> kinds() {
    return Arrays.stream(PetitionKind.values())
        .map(
            k ->
                new KindJson(
                    k.name(),
                    messages.getMessage("petitions.kind." + k, null, PetitionReplies.ZH),
                    messages.getMessage("petitions.kindClock." + k, null, PetitionReplies.ZH)))
        .toList();
  }

  @PostMapping("/api/v1/petitions/reports")
  @ResponseStatus(HttpStatus.CREATED)
  ReceiptJson report(@RequestBody ReportJson r) {
    NewPetition p =
        new NewPetition(
            r.unitId(),
            PetitionKind.REPORT,
            PetitionChannel.ONLINE,
            r.subject(),
            r.text(),
            r.caseNumber(),
            true,
            true,
            null,
            null,
            null,
            null,
            r.password(),
            null,
            null,
            null,
            List.of());
    return new ReceiptJson(intake.take(p, null, "anonymous").queryCode());
  }

  @PostMapping("/api/v1/petitions/track")
  PetitionJson track(@RequestBody TrackJson t) {
    PetitionView v =
        queries.track(t.code(), t.password()).orElseThrow(() -> new NoSuchElementException());
    return new PetitionJson(
        v.kind().name(),
        v.state().name(),
        v.unitName(),
        v.receivedOn(),
        v.deadlines().stream()
            .map(d -> new DeadlineJson(d.clock().name(), d.due(), d.met()))
            .toList(),
        v.replies().stream().map(x -> new ReplyJson(x.repliedOn(), x.body())).toList());
  }

  @GetMapping("/api/v1/petitions/statistics")
  PetitionStatistics statistics(
      @RequestParam long unit, @RequestParam(required = false) String month) {
    if (directory.find(unit).isEmpty()) {
      throw BadInput.at("unit", "petitions.petitions-api.unit.unknown");
    }
    return petitions.statistics(unit, month(month));
  }

  private YearMonth month(String month) {
    try {
      return month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw BadInput.at("month", "petitions.petitions-api.month.format");
    }
  }
}
