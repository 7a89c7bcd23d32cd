package org.sunshine.platform.documents;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Forbidden;

/**
 * The handler's review of a draft: accept or reject each proposed span, mask what the engine
 * missed, and (for a leader) overrule a refusal of the engine. Spans never overlap: an overlap
 * would leave part of a masked item in clear text.
 */
@Service
class DocumentReview {

  private static final String SUFFIXES = "甲乙丙丁戊己庚辛壬癸";

  private final DocumentRows rows;
  private final FindingRows findings;
  private final DocumentAccess access;
  private final RedactionReview review;
  private final AuditLog audit;
  private final Clock clock;

  DocumentReview(
      DocumentRows rows,
      FindingRows findings,
      DocumentAccess access,
      RedactionReview review,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.findings = findings;
    this.access = access;
    this.review = review;
    this.audit = audit;
    this.clock = clock;
  }

  /** The reviewer accepts or rejects one proposed span. */
  @Transactional
  public void decideFinding(StaffIdentity staff, long documentId, long findingId, boolean accept) {
    LegalDocument d = editable(staff, documentId);
    List<FindingView> all = findings.of(d.id);
    FindingView f =
        all.stream()
            .filter(x -> x.id() == findingId)
            .findFirst()
            .orElseThrow(() -> new NoSuchElementException("finding"));
    if (accept) {
      requireNoOverlap(all, f.start(), f.end(), findingId);
    }
    findings.setAccepted(findingId, accept);
    review.recompute(rows.find(documentId).orElseThrow());
  }

  /**
   * The reviewer masks a span the engine missed (selected in the original text). A name gets the
   * case's pseudonym for that person, a new one if the case has none yet; anything else {@code **}.
   */
  @Transactional
  public void addFinding(StaffIdentity staff, long documentId, int start, int end, boolean name) {
    LegalDocument ld = editable(staff, documentId);
    DocumentRows.DocumentRow d = rows.find(ld.id).orElseThrow();
    String original = d.originalText();
    if (start < 0 || end <= start || end > original.length() || end - start > 200) {
      throw BadInput.at("start", "documents.document-review.span.invalid");
    }
    requireNoOverlap(findings.of(documentId), start, end, -1);
    String selected = original.substring(start, end);
    String replacement = "**";
    if (name) {
      findings.lockCase(d.caseId());
      Map<String, String> map = findings.pseudonyms(d.caseId());
      replacement = map.get(selected.strip());
      if (replacement == null) {
        replacement = nextPseudonym(map, selected.strip());
        findings.addPseudonyms(d.caseId(), Map.of(selected.strip(), replacement));
      }
    }
    findings.insert(
        documentId,
        start,
        end,
        selected,
        name ? "NAME" : "MANUAL",
        null,
        "reviewer:" + staff.username(),
        1.0,
        replacement,
        true);
    review.recompute(d);
  }

  /**
   * The handler corrects the public title (技术处理要求 三: the title must match the text); the residual
   * check covers it like the text.
   */
  @Transactional
  public void retitle(StaffIdentity staff, long documentId, String title) {
    LegalDocument d = editable(staff, documentId);
    if (title == null || title.isBlank() || title.strip().length() > 300) {
      throw BadInput.at("title", "documents.document-review.title.required");
    }
    DocumentRows.DocumentRow row = rows.find(d.id).orElseThrow();
    rows.saveRedaction(d.id, title.strip(), row.redactedText(), row.refusals(), clock.instant());
    audit.record(
        staff.username(),
        staff.unitId(),
        "RETITLE_DOCUMENT",
        Documents.SUBJECT,
        String.valueOf(d.id),
        title.strip(),
        Channel.CONSOLE);
  }

  /**
   * A deputy chief or the chief procurator overrules the engine's refusal with a recorded reason
   * (第四条: publishing a crime against a minor is the chief procurator's decision alone). What the
   * case record bars (a minor offender, a secret case) cannot be overruled here.
   */
  @Transactional
  public void overruleRefusal(StaffIdentity staff, long documentId, String reason) {
    LegalDocument d = access.locked(staff, documentId, Role.DEPUTY_CHIEF, Role.CHIEF_PROCURATOR);
    DocumentRows.DocumentRow row = rows.find(d.id).orElseThrow();
    if (d.status() != DocumentStatus.DRAFT || row.refusals().isBlank()) {
      throw Conflict.of("documents.document-review.overrule.none");
    }
    if (reason == null || reason.isBlank()) {
      throw BadInput.at("reason", "documents.document-review.reason.required");
    }
    boolean minors = row.refusals().contains("AGAINST_MINOR");
    if (minors && !staff.hasRole(Role.CHIEF_PROCURATOR)) {
      throw Forbidden.of("documents.document-review.minor-victim.forbidden");
    }
    rows.saveRedaction(d.id, row.publicTitle(), row.redactedText(), "", clock.instant());
    audit.record(
        staff.username(),
        staff.unitId(),
        "OVERRULE_REFUSAL",
        Documents.SUBJECT,
        String.valueOf(d.id),
        reason.strip() + "｜" + RedactionReview.refusalLabels(row.refusals()),
        Channel.CONSOLE);
  }

  private LegalDocument editable(StaffIdentity staff, long documentId) {
    LegalDocument d = access.forHandler(staff, documentId);
    if (d.status() != DocumentStatus.DRAFT) {
      throw Conflict.of("documents.document-review.redaction.not-draft");
    }
    return d;
  }

  private static void requireNoOverlap(List<FindingView> all, int start, int end, long except) {
    for (FindingView f : all) {
      if (f.id() != except && f.start() < end && start < f.end() && (f.accepted() || except < 0)) {
        throw BadInput.at(
            "start", "documents.document-review.span.overlaps", (f.start() + 1), f.end());
      }
    }
  }

  /** 张某某 if no one else in the case shares the first character, otherwise the next 张某甲, 张某乙… */
  static String nextPseudonym(Map<String, String> map, String name) {
    String initial = name.substring(0, Character.charCount(name.codePointAt(0)));
    boolean shared = map.keySet().stream().anyMatch(n -> n.startsWith(initial));
    if (!shared && !map.containsValue(initial + "某某")) {
      return initial + "某某";
    }
    for (char c : SUFFIXES.toCharArray()) {
      if (!map.containsValue(initial + "某" + c)) {
        return initial + "某" + c;
      }
    }
    throw BadInput.at("start", "documents.document-review.pseudonyms.exhausted");
  }
}
