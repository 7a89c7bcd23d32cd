package org.sunshine.platform.lawyers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request as the lawyer and 案管 see it, with how its due date was computed and how urgent it is
 * ({@code OVERDUE}, {@code NEAR}: within one working day, {@code NORMAL}; null once answered).
 */
record RequestView(
    long id,
    long grantId,
    String caseNumber,
    String partyName,
    RequestType type,
    RequestStatus status,
    String details,
    String proposedTimes,
    Instant submittedAt,
    LocalDate dueOn,
    String dueBasis,
    String urgency,
    int pausedDays,
    String note,
    String reasonCode,
    String reasonText,
    String decidedBy,
    Instant decidedAt,
    ReadingRoom.Booking booking,
    List<ElectronicFiles.FileInfo> files,
    ElectronicFiles.Link link,
    Complaints.ComplaintView complaint,
    List<RequestRows.Step> steps) {

  public boolean open() {
    return status.open();
  }
}
