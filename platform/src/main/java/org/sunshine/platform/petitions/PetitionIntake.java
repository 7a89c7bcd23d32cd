package org.sunshine.platform.petitions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.infrastructure.FileTypes;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.redaction.DocumentType;

/**
 * Takes a petition in, on any channel: checks it whole (nothing is written when any part is wrong),
 * gives it a query code, keeps the petitioner apart from the matter, and starts its clocks.
 */
@Component
class PetitionIntake {

  private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final Set<String> SCAN_TYPES =
      Set.of("application/pdf", "image/jpeg", "image/png", "image/tiff");
  static final BCryptPasswordEncoder PASSWORDS = new BCryptPasswordEncoder();

  private final SecureRandom random = new SecureRandom();
  private final PetitionRows rows;
  private final Directory directory;
  private final Cases cases;
  private final PublishedDocuments documents;
  private final PetitionClocks clocks;
  private final PetitionProperties settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PetitionIntake(
      PetitionRows rows,
      Directory directory,
      Cases cases,
      PublishedDocuments documents,
      PetitionClocks clocks,
      PetitionProperties settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.directory = directory;
    this.cases = cases;
    this.documents = documents;
    this.clocks = clocks;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  /** Files or registers a petition; {@code applicantId} is the signed-in petitioner online. */
  @Transactional
  Receipt take(NewPetition p, Long applicantId, String actor) {
    return take(p, applicantId, actor, false);
  }

  /**
   * {@code passwordKept}: a matter transferred on (移送) keeps the reporter's password, whose hash
   * the caller sets; no new one is asked for.
   */
  @Transactional
  Receipt take(NewPetition p, Long applicantId, String actor, boolean passwordKept) {
    NewPetition checked = check(p, applicantId, passwordKept);
    PetitionKind kind = kindInTime(checked);
    String code = queryCode();
    String hash = blank(checked.password()) ? null : PASSWORDS.encode(checked.password().strip());
    Instant now = clock.instant();
    long id = rows.insert(checked, kind, code, hash, applicantId, now);
    if (!checked.anonymous()) {
      rows.insertPetitioner(id, checked);
    }
    checked.scans().forEach(s -> rows.insertScan(id, s, now));
    rows.step(id, actor, "REGISTER", checked.channel().name(), now);
    if (kind != checked.kind()) {
      rows.step(id, actor, "LATE_APPEAL", checked.kind().name() + " -> " + kind.name(), now);
    }
    events.publishEvent(
        new PetitionRegistered(
            id, checked.unitId(), kind, checked.channel(), checked.receivedOn()));
    return new Receipt(id, code);
  }

  private NewPetition check(NewPetition p, Long applicantId, boolean passwordKept) {
    if (p.kind() == null) {
      throw BadInput.at("kind", "petitions.petition-intake.kind.required");
    }
    if (p.channel() == null) {
      throw BadInput.at("channel", "petitions.petition-intake.channel.required");
    }
    if (p.documentId() == null && directory.find(p.unitId()).isEmpty()) {
      throw BadInput.at("unitId", "petitions.petition-intake.unit.unknown");
    }
    if (p.receivedOn() != null && p.receivedOn().isAfter(LocalDate.now(clock))) {
      throw BadInput.at("receivedOn", "petitions.intake.received-on.future");
    }
    if (blank(p.text())) {
      throw BadInput.at("text", "petitions.petition-intake.text.required");
    }
    if (p.text().strip().length() > 20_000) {
      throw BadInput.at("text", "petitions.petition-intake.text.too-long");
    }
    if (p.anonymous() && !p.kind().mayBeAnonymous()) {
      throw BadInput.at("anonymous", "petitions.petition-intake.anonymous.reports-only");
    }
    if (p.anonymous()
        && !passwordKept
        && (blank(p.password()) || p.password().strip().length() < 6)) {
      throw BadInput.at("password", "petitions.petition-intake.password.too-short");
    }
    if (!p.anonymous() && applicantId == null && blank(p.name())) {
      throw BadInput.at("name", "petitions.petition-intake.name.required");
    }
    if (p.kind() == PetitionKind.DISCLOSURE_OBJECTION && p.documentId() == null) {
      checkWithholding(p);
    }
    checkScans(p);
    return normalised(p);
  }

  /** 应公开而未公开: no public page to start from, so the case number and document type name it. */
  private static void checkWithholding(NewPetition p) {
    if (blank(p.withheldType())) {
      throw BadInput.at("withheldType", "petitions.petition-intake.withheld-type.required");
    }
    try {
      DocumentType.valueOf(p.withheldType().strip());
    } catch (IllegalArgumentException e) {
      throw BadInput.at("withheldType", "petitions.petition-intake.withheld-type.unknown");
    }
    if (blank(p.caseNumber())) {
      throw BadInput.at("caseNumber", "petitions.petition-intake.case-number.required");
    }
  }

  /**
   * A scan is what its bytes say, and says so: a file whose content is no PDF, JPG, PNG or TIFF, or
   * whose claimed type is another than its content's, is refused (it would be opened by 控申).
   */
  static boolean realScan(NewPetition.Scan s) {
    return FileTypes.scan(s.content())
        .filter(t -> t.equals(s.contentType()) && SCAN_TYPES.contains(t))
        .isPresent();
  }

  private void checkScans(NewPetition p) {
    for (NewPetition.Scan s : p.scans()) {
      if (s.content().length > settings.maxScan().toBytes()) {
        throw BadInput.at(
            "scans",
            "petitions.petition-intake.scan.too-large",
            s.fileName(),
            settings.maxScan().toMegabytes());
      }
      if (!realScan(s)) {
        throw BadInput.at("scans", "petitions.petition-intake.scan.type", s.fileName());
      }
    }
  }

  /** The case number in its stored form whatever brackets were typed; an objection's unit. */
  private NewPetition normalised(NewPetition p) {
    String number = blank(p.caseNumber()) ? null : cases.normaliseNumber(p.caseNumber());
    long unit = p.unitId();
    if (p.documentId() != null) {
      unit =
          documents
              .find(p.documentId(), PublicationChannel.INTERNET)
              .orElseThrow(
                  () -> BadInput.at("documentId", "petitions.petition-intake.document.unknown"))
              .unitId();
    }
    String subject = blank(p.subject()) ? firstWords(p.text()) : p.subject().strip();
    LocalDate received = p.receivedOn() == null ? LocalDate.now(clock) : p.receivedOn();
    return new NewPetition(
        unit,
        p.kind(),
        p.channel(),
        subject,
        p.text().strip(),
        number,
        p.anonymous(),
        p.anonymous() || p.confidential(),
        p.anonymous() ? null : p.name(),
        p.anonymous() ? null : p.mobile(),
        p.anonymous() ? null : p.idNumber(),
        p.anonymous() ? null : p.address(),
        p.password(),
        p.servedOn(),
        p.documentId(),
        received,
        p.scans(),
        p.documentId() == null && !blank(p.withheldType()) ? p.withheldType().strip() : null);
  }

  /** An appeal after its window is an ordinary 刑事申诉 (第三百七十七、三百八十一条). */
  private PetitionKind kindInTime(NewPetition p) {
    boolean appeal =
        p.kind() == PetitionKind.NON_PROSECUTION_APPEAL
            || p.kind() == PetitionKind.NO_CASE_RECONSIDERATION;
    if (appeal
        && p.servedOn() != null
        && !clocks.appealInTime(p.kind(), p.servedOn(), p.receivedOn())) {
      return PetitionKind.CRIMINAL_PETITION;
    }
    return p.kind();
  }

  private String queryCode() {
    StringBuilder b = new StringBuilder("XF");
    for (int i = 0; i < 10; i++) {
      b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
    }
    return b.toString();
  }

  private static String firstWords(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= 30 ? t : t.substring(0, 30) + "…";
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
