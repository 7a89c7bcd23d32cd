package org.sunshine.platform.hearings;

import java.time.LocalDateTime;

/**
 * A public hearing as staff schedule it for a case of their unit.
 *
 * @param caseNumber the case, by its number (never shown on public pages)
 * @param subject what the hearing is about in public wording: no name, number or address of a
 *     person
 * @param observerSeats seats for the public (0 when observers are not admitted)
 * @param supervisors how many 人民监督员 to draw (0–9)
 */
public record NewHearing(
    String caseNumber,
    HearingKind kind,
    String subject,
    LocalDateTime startsAt,
    String place,
    boolean observersAdmitted,
    int observerSeats,
    int supervisors) {}
