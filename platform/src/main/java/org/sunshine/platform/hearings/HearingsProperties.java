package org.sunshine.platform.hearings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings {@code sunshine.hearings.*}.
 *
 * @param publicWritesPerMinute bookings, cancellations and observer applications accepted from one
 *     client address per minute (beyond: 429)
 * @param maxPartySize how many people one booking of an open day may bring (the booker included)
 * @param supervisorsPerHearing how many 人民监督员 a hearing draws unless the unit says otherwise
 * @param provincialOpenDays open days a provincial procuratorate holds a year at least (seed 000
 *     §(六): 1)
 * @param localOpenDays open days a city or county procuratorate holds a year at least (seed 000: 2)
 */
@ConfigurationProperties("sunshine.hearings")
record HearingsProperties(
    Integer publicWritesPerMinute,
    Integer maxPartySize,
    Integer supervisorsPerHearing,
    Integer provincialOpenDays,
    Integer localOpenDays) {

  HearingsProperties {
    publicWritesPerMinute = publicWritesPerMinute == null ? 10 : publicWritesPerMinute;
    maxPartySize = maxPartySize == null ? 5 : Math.min(5, Math.max(1, maxPartySize));
    supervisorsPerHearing = supervisorsPerHearing == null ? 3 : supervisorsPerHearing;
    provincialOpenDays = provincialOpenDays == null ? 1 : provincialOpenDays;
    localOpenDays = localOpenDays == null ? 2 : localOpenDays;
  }
}
