package org.sunshine.platform.statistics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Forbidden;
import org.sunshine.platform.texts.Texts;

/**
 * 整改 (seed 000: 上级院对下级院…发现问题的，应当予以纠正): an upper unit — or an inspection — requires a correction of
 * a unit with a due date; it reaches the unit's 案管 as a message and as a task in the task inbox
 * (approval chain {@code inspection-correction}); 案管 reports it done, and the ordering unit
 * confirms it or sends it back. Today a correction can point at a document of the unit (by its
 * number, as the ledger holds it); other capabilities can be pointed at later.
 */
@Service
class Corrections {

  static final String SUBJECT = "InspectionCorrection";
  static final String CHAIN = "inspection-correction";
  private static final Set<Role> ORDERERS = Set.of(Role.INSPECTOR, Role.CASE_MANAGEMENT);

  /** What an order says: whom, what, by when, and optionally which document. */
  record Order(long unitId, String requirement, LocalDate dueOn, String documentNumber) {}

  private final CorrectionRows rows;
  private final Directory directory;
  private final StaffAccounts accounts;
  private final Approvals approvals;
  private final Notifications notifications;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Clock clock;

  Corrections(
      CorrectionRows rows,
      Directory directory,
      StaffAccounts accounts,
      Approvals approvals,
      Notifications notifications,
      AuditLog audit,
      MessageSource messages,
      Clock clock) {
    this.messages = messages;
    this.rows = rows;
    this.directory = directory;
    this.accounts = accounts;
    this.approvals = approvals;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * An upper unit orders a correction in a unit below it (never its own, never one outside its data
   * scope).
   */
  @Transactional
  public long order(StaffIdentity me, Order o) {
    if (ORDERERS.stream().noneMatch(me::hasRole)) {
      throw Forbidden.of("statistics.corrections.order.forbidden");
    }
    if (o.unitId() == me.unitId() || !directory.unitsVisibleTo(me).contains(o.unitId())) {
      throw new AccessDeniedException("unit " + o.unitId() + " is not below the ordering unit");
    }
    return create(me, null, null, o);
  }

  /** A correction an inspection requires (the inspection checked who may record it). */
  long create(StaffIdentity me, Long inspectionId, Long findingId, Order o) {
    String requirement =
        Correction.required(
            o.requirement(),
            "requirement: " + Texts.text("statistics.corrections.requirement.required"));
    if (o.dueOn() == null || !o.dueOn().isAfter(LocalDate.now(clock))) {
      throw BadInput.at("dueOn", "statistics.corrections.due-on.future");
    }
    Long documentId = null;
    String number = null;
    if (o.documentNumber() != null && !o.documentNumber().isBlank()) {
      var d =
          rows.document(o.unitId(), o.documentNumber())
              .orElseThrow(
                  () ->
                      BadInput.at(
                          "documentNumber", "statistics.corrections.document.not-in-ledger"));
      documentId = d.documentId();
      number = d.documentNumber();
    }
    Correction c =
        new Correction(
            0,
            inspectionId,
            me.unitId(),
            o.unitId(),
            requirement,
            documentId,
            number,
            o.dueOn(),
            Correction.ORDERED,
            me.username(),
            clock.instant(),
            null,
            null);
    long id = rows.insert(c, findingId);
    rows.step(id, "ORDERED", me.username(), requirement, clock.instant());
    task(me, id, o.unitId(), requirement, o.dueOn());
    tell(
        o.unitId(),
        "correction-ordered:" + id,
        "correction-ordered",
        List.of(directory.get(me.unitId()).name(), requirement, o.dueOn().toString()),
        id);
    audit.record(
        me.username(),
        me.unitId(),
        "ORDER_CORRECTION",
        SUBJECT,
        String.valueOf(id),
        "unit " + o.unitId() + (number == null ? "" : ", " + number),
        Channel.CONSOLE);
    return id;
  }

  /** 案管 of the unit reports the correction done; its task is closed. */
  @Transactional
  public void report(StaffIdentity me, long id, String note) {
    Correction c = get(id);
    if (me.unitId() != c.unitId() || !me.hasRole(Role.CASE_MANAGEMENT)) {
      throw Forbidden.of("statistics.corrections.report.forbidden");
    }
    Correction after = c.report(note);
    save(after, c.status());
    approvals
        .pendingFor(SUBJECT, id)
        .ifPresent(a -> approvals.decide(me, a.id(), true, after.reportedNote(), hash(c)));
    rows.step(id, "REPORTED", me.username(), after.reportedNote(), clock.instant());
    notifyOrderer(c, "correction-reported:" + id + ":" + clock.millis(), "correction-reported");
  }

  /** The ordering unit confirms the reported correction ({@code accept}) or sends it back. */
  @Transactional
  public void confirm(StaffIdentity me, long id, boolean accept, String note) {
    Correction c = get(id);
    if (me.unitId() != c.orderingUnitId() || ORDERERS.stream().noneMatch(me::hasRole)) {
      throw new AccessDeniedException("a correction is confirmed by the unit that ordered it");
    }
    if (accept) {
      save(c.confirm(clock.instant()), c.status());
      rows.step(id, "CONFIRMED", me.username(), note, clock.instant());
      return;
    }
    Correction again = c.reopen(note);
    save(again, c.status());
    rows.step(id, "REOPENED", me.username(), note.strip(), clock.instant());
    task(me, id, c.unitId(), c.requirement(), c.dueOn());
    tell(
        c.unitId(),
        "correction-reopened:" + id + ":" + clock.millis(),
        "correction-reopened",
        List.of(c.requirement(), note.strip()),
        id);
  }

  private void save(Correction after, String from) {
    if (!rows.save(after, from)) {
      throw Conflict.of("statistics.corrections.taken");
    }
  }

  Correction get(long id) {
    return rows.find(id).orElseThrow(() -> new NoSuchElementException("correction " + id));
  }

  /**
   * Who may open a correction: the ordering unit, the unit that must correct, and units above
   * either within their data scope.
   */
  Correction readable(StaffIdentity me, long id) {
    Inspections.requireReader(me);
    Correction c = get(id);
    Set<Long> visible = directory.unitsVisibleTo(me);
    if (me.unitId() != c.orderingUnitId() && !visible.contains(c.unitId())) {
      throw new NoSuchElementException("correction " + id);
    }
    return c;
  }

  List<Correction> involving(StaffIdentity me) {
    Inspections.requireReader(me);
    return rows.involving(directory.unitsVisibleTo(me), me.unitId());
  }

  /** The task in the unit's 案管 inbox (a second one replaces the first). */
  private void task(StaffIdentity me, long id, long unitId, String requirement, LocalDate due) {
    String label =
        messages.getMessage(
            "statistics.correction.task",
            new Object[] {requirement.length() > 40 ? requirement.substring(0, 40) : requirement},
            Locale.CHINA);
    approvals.submit(me, SUBJECT, id, CHAIN, unitId, label, hash(get(id)), due);
  }

  /** Tells the unit's 案管 (each holder, in their inbox). */
  void tell(long unitId, String key, String template, List<Object> args, long id) {
    for (String username : accounts.holdersOf(unitId, Role.CASE_MANAGEMENT)) {
      send(key, "staff:" + username, template, args, id, unitId);
    }
  }

  /**
   * A correction long overdue climbs: the corrected unit's deputy chiefs, and the unit that ordered
   * it (whoever ordered it), are told the same as its 案管.
   */
  void escalate(Correction c, String key, List<Object> args) {
    for (String username : accounts.holdersOf(c.unitId(), Role.DEPUTY_CHIEF)) {
      send(key, "staff:" + username, "correction-overdue", args, c.id(), c.unitId());
    }
    List<Object> withUnit = new ArrayList<>(args);
    withUnit.add(0, directory.get(c.unitId()).name());
    send(
        key + ":orderer",
        "staff:" + c.orderedBy(),
        "correction-overdue-orderer",
        withUnit,
        c.id(),
        c.orderingUnitId());
  }

  private void send(
      String key, String to, String template, List<Object> args, long id, long unitId) {
    notifications.send(
        new Message(
            key,
            to,
            Set.of(MessageChannel.INBOX),
            null,
            null,
            template,
            args,
            "/console/statistics/corrections/" + id,
            false,
            false,
            unitId));
  }

  private void notifyOrderer(Correction c, String key, String template) {
    send(
        key,
        "staff:" + c.orderedBy(),
        template,
        List.of(directory.get(c.unitId()).name(), c.requirement()),
        c.id(),
        c.orderingUnitId());
  }

  private static String hash(Correction c) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (c.id() + "\n" + c.requirement() + "\n" + c.dueOn())
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
