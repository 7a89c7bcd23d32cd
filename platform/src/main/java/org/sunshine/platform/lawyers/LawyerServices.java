package org.sunshine.platform.lawyers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;

/**
 * The lawyer services for other modules: the figures per unit and month (for the statistics
 * capability, which reads them here and never this module's tables), and the steps the demo data
 * takes through the same services the pages use.
 */
@Service
public class LawyerServices {

  private final LawyerAccounts accounts;
  private final LawyerRequests requests;
  private final StaffDesk desk;
  private final LawyerFigures figures;
  private final Clock clock;

  /** A request received on an earlier day is stamped at the morning's opening of the window. */
  private static final LocalTime RECEIVED_AT = LocalTime.of(9, 30);

  LawyerServices(
      LawyerAccounts accounts,
      LawyerRequests requests,
      StaffDesk desk,
      LawyerFigures figures,
      Clock clock) {
    this.clock = clock;
    this.accounts = accounts;
    this.requests = requests;
    this.desk = desk;
    this.figures = figures;
  }

  /**
   * One unit's month: requests by type, the share decided on time, the median hours to a decision
   * and refusals by reason code.
   */
  public record MonthFigures(
      long unitId,
      YearMonth month,
      Map<String, Long> requestsByType,
      long decided,
      long decidedOnTime,
      Double onTimeRate,
      Double medianHoursToDecision,
      Map<String, Long> refusalsByReason) {}

  /** The month's figures of each unit in the staff member's scope that had requests. */
  @Transactional(readOnly = true)
  public List<MonthFigures> figures(StaffIdentity staff, YearMonth month) {
    return figures.of(staff, month);
  }

  /** A lawyer's identity registered and verified at once (demo data). */
  @Transactional
  public long registerVerified(
      StaffIdentity caseManagement,
      long applicantId,
      String name,
      String idNumber,
      String licenceNo,
      String lawFirm,
      String fileName,
      byte[] licence) {
    long id =
        accounts.register(
            applicantId,
            new LawyerForm(name, idNumber, licenceNo, lawFirm, caseManagement.unitId()),
            new Upload(fileName, "application/pdf", licence));
    accounts.verify(caseManagement, id, true, null);
    return id;
  }

  /** A lawyer's identity registered, waiting for 案管 of the unit (demo data). */
  @Transactional
  public long registerPending(
      long unitId,
      long applicantId,
      String name,
      String idNumber,
      String licenceNo,
      String lawFirm,
      String fileName,
      byte[] licence) {
    return accounts.register(
        applicantId,
        new LawyerForm(name, idNumber, licenceNo, lawFirm, unitId),
        new Upload(fileName, "application/pdf", licence));
  }

  /** Files a request (type by name: FILE_REVIEW, ONLINE_FILE_REVIEW, MEETING…). */
  @Transactional
  public long file(
      long applicantId,
      long grantId,
      String type,
      String details,
      String proposedTimes,
      LocalDate day,
      String slot) {
    return requests.submit(
        applicantId,
        new LawyerRequests.NewRequest(
            grantId, RequestType.valueOf(type), details, proposedTimes, day, slot, List.of()));
  }

  /**
   * Files a request that reached the unit on an earlier working day (on paper at the window, by
   * post) with that day as its day of receipt, so that its due date, and whether it is late, are
   * what the rules make them. Not for reading-room bookings, whose day is chosen from today.
   */
  @Transactional
  public long fileReceivedOn(
      long applicantId,
      long grantId,
      String type,
      String details,
      String proposedTimes,
      LocalDate receivedOn) {
    RequestType t = RequestType.valueOf(type);
    LocalDate today = LocalDate.now(clock);
    if (t.bookable() || receivedOn.isAfter(today)) {
      throw BadInput.at("receivedOn", "lawyers.lawyer-services.received-on.future");
    }
    Clock received =
        Clock.fixed(
            receivedOn.atTime(RECEIVED_AT).atZone(clock.getZone()).toInstant(), clock.getZone());
    return requests.submit(
        applicantId,
        new LawyerRequests.NewRequest(grantId, t, details, proposedTimes, null, null, List.of()),
        received);
  }

  /**
   * Takes a request one step as staff would: ACCEPT, ROUTE (to the handlers' task inbox),
   * SUPPLEMENT (note = what), GRANT, PARTLY and REFUSE (reasonCode, note = reasons), FULFIL, CLOSE.
   */
  @Transactional
  public void step(
      StaffIdentity caseManagement, long requestId, String step, String reasonCode, String note) {
    switch (step) {
      case "ACCEPT" -> desk.accept(caseManagement, requestId);
      case "ROUTE" -> desk.route(caseManagement, requestId);
      case "SUPPLEMENT" -> desk.askForSupplement(caseManagement, requestId, note);
      case "GRANT" -> desk.decide(caseManagement, requestId, RequestStatus.GRANTED, null, note);
      case "PARTLY" ->
          desk.decide(caseManagement, requestId, RequestStatus.PARTLY_GRANTED, reasonCode, note);
      case "REFUSE" ->
          desk.decide(caseManagement, requestId, RequestStatus.REFUSED, reasonCode, note);
      case "FULFIL" -> desk.fulfil(caseManagement, requestId, note);
      case "CLOSE" -> desk.close(caseManagement, requestId);
      default -> throw new IllegalArgumentException("step: " + step);
    }
  }

  /** The handler releases the electronic file (a PDF) to a granted online review. */
  @Transactional
  public void release(StaffIdentity caseManagement, long requestId, String fileName, byte[] pdf) {
    desk.release(caseManagement, requestId, new Upload(fileName, "application/pdf", pdf));
  }

  @Transactional
  public void withdraw(long applicantId, long requestId) {
    requests.withdraw(applicantId, requestId);
  }

  @Transactional
  public void complain(long applicantId, long requestId, String text) {
    requests.complain(applicantId, requestId, text);
  }
}
