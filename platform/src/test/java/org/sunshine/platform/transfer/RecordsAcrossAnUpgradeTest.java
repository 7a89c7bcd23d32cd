package org.sunshine.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sunshine.platform.petitions.HallReplicas;

/**
 * docs/architecture.md says a split pair is upgraded public node first, internal second, so between
 * the two the new public node reads records written by the old internal node.
 */
class RecordsAcrossAnUpgradeTest {

  /** A reception-day record as the internal node wrote it before V63 (no "taken"). */
  private static Map<String, Object> dayBeforeV63() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("originId", 41);
    d.put("unitId", 7);
    d.put("day", "2027-01-11");
    d.put("startsAt", "09:00:00");
    d.put("endsAt", "11:00:00");
    d.put("leader", "王守正检察长");
    d.put("slots", 3);
    d.put("video", false);
    return d;
  }

  @Test
  void aReceptionDayWrittenByTheOldInternalNodeIsStillReadByTheNewPublicNode() {
    // RecordApplier.apply turns any JacksonException into RecordRejected (not sent again).
    HallReplicas.ReceptionDay day =
        TransferJson.MAPPER.convertValue(dayBeforeV63(), HallReplicas.ReceptionDay.class);
    assertThat(day.slots()).isEqualTo(3);
  }
}
