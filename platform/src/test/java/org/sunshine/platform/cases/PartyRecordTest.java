package org.sunshine.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartyRecordTest {

  @Test
  void aSuspectIsCalledDefendantOnceProsecutedAndNonProsecutedPersonOnceNotProsecuted() {
    assertThat(suspectWith().roleNow()).isEqualTo(PartyRole.SUSPECT);
    assertThat(suspectWith(CaseEventType.PROSECUTED).roleNow()).isEqualTo(PartyRole.DEFENDANT);
    assertThat(suspectWith(CaseEventType.NOT_PROSECUTED).roleNow())
        .isEqualTo(PartyRole.NON_PROSECUTED_PERSON);
  }

  private static PartyRecord suspectWith(CaseEventType... types) {
    List<EventView> events =
        Arrays.stream(types)
            .map(t -> new EventView(1, t, LocalDate.of(2026, 11, 2), null, 1L))
            .toList();
    return new PartyRecord(
        1,
        "S1",
        "张三",
        PartyRole.SUSPECT,
        null,
        null,
        "中国",
        null,
        null,
        events,
        List.of(),
        null,
        List.of());
  }
}
