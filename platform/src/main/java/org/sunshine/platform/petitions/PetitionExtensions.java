package org.sunshine.platform.petitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.sunshine.platform.approval.ApprovalStatus;
import org.sunshine.platform.approval.ApprovalSubjectPages;
import org.sunshine.platform.approval.ApprovalView;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.Conflict;

/**
 * 检务公开申请's extension goes through the approval chain {@value #CHAIN} (政府信息公开条例 第三十三条第二款: the time
 * to answer may be extended by at most 20 working days with the consent of the office's head, and
 * the applicant is told). 控申 asks with the reason; the matter's clock extends only when the chain
 * approves, and only then is the applicant told; a return leaves the clock as it was.
 */
@Component
class PetitionExtensions implements ApprovalSubjectPages {

  static final String CHAIN = "petition-extension";
  static final String SUBJECT = "PetitionExtension";

  private final PetitionRows rows;
  private final PetitionAccess access;
  private final PetitionReplies replies;
  private final PetitionClocks clocks;
  private final Approvals approvals;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PetitionExtensions(
      PetitionRows rows,
      PetitionAccess access,
      PetitionReplies replies,
      PetitionClocks clocks,
      Approvals approvals,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.access = access;
    this.replies = replies;
    this.clocks = clocks;
    this.approvals = approvals;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public String subjectType() {
    return SUBJECT;
  }

  @Override
  public String pageOf(long subjectId) {
    return "/console/petitions/" + subjectId;
  }

  /** 控申 asks for the extension with its reason; the chain's first step sees it in 待办. */
  void request(StaffIdentity staff, long id, String why) {
    PetitionRows.Row row = access.forOffice(staff, id);
    Petition p = row.petition();
    p.requireExtensible();
    if (pending(id).isPresent()) {
      throw Conflict.of("petitions.petition-extensions.pending");
    }
    LocalDate due =
        clocks.of(p).stream()
            .filter(d -> d.clock() == Deadline.Clock.DISCLOSURE)
            .map(Deadline::due)
            .findFirst()
            .orElse(null);
    String reason = why.strip();
    approvals.submit(
        staff, SUBJECT, id, CHAIN, p.unitId, "#" + id + " " + row.subject(), hash(id, reason), due);
    record(staff, p, "EXTENSION_REQUESTED", reason);
  }

  /**
   * One step of the chain decides; the last approval extends the clock and tells the applicant with
   * the reason given, a return tells 控申 why (in the matter's history).
   */
  void decide(StaffIdentity staff, long id, boolean approve, String comment) {
    ApprovalView a =
        pending(id).orElseThrow(() -> Conflict.of("petitions.petition-extensions.none-pending"));
    PetitionRows.Row row = rows.lock(id).orElseThrow(NoSuchElementException::new);
    // The decision is taken on the reason as it stands in the history now: had it changed since the
    // request, the hashes would differ and the approval module refuses the decision.
    String reason = reasonOf(id);
    ApprovalView decided = approvals.decide(staff, a.id(), approve, comment, hash(id, reason));
    Petition p = row.petition();
    if (decided.status() == ApprovalStatus.APPROVED) {
      p.extend();
      record(staff, p, "EXTEND", reason);
      replies.reply(row, "EXTENDED", List.of(), reason, staff.username());
    } else if (decided.status() == ApprovalStatus.RETURNED) {
      record(staff, p, "EXTENSION_RETURNED", comment.strip());
    } else {
      record(staff, p, "EXTENSION_APPROVED_STEP", null);
    }
  }

  Optional<ApprovalView> pending(long id) {
    return approvals.pendingFor(SUBJECT, id);
  }

  /** Whether this staff member decides the step now waiting (for the petition page). */
  boolean decides(StaffIdentity staff, long id) {
    return access.decidesExtension(staff, id);
  }

  private String reasonOf(long id) {
    return rows.steps(id).stream()
        .filter(s -> s.action().equals("EXTENSION_REQUESTED"))
        .reduce((first, second) -> second)
        .map(PetitionRows.StepRow::note)
        .orElseThrow();
  }

  private void record(StaffIdentity staff, Petition p, String action, String note) {
    rows.save(p, clock.instant());
    rows.step(p.id, staff.username(), action, note, clock.instant());
    audit.record(
        staff.username(),
        staff.unitId(),
        action + "_PETITION",
        Petitions.SUBJECT,
        String.valueOf(p.id),
        note,
        Channel.CONSOLE);
    long filed = p.transferredFrom == null ? p.id : rows.origin(p.id);
    events.publishEvent(new PetitionAdvanced(filed, p.filedOutside));
  }

  private static String hash(long id, String reason) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest((id + "\n" + reason).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
