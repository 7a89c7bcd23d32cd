package org.sunshine.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResidualFoundTest {

  @Test
  void whatALogOrTheAuditTrailKeepsOfAResidualHitNamesNobody() {
    var found =
        new ApprovedPublication.ResidualFound(List.of("name:张三", "number:110102198001011234"));
    assertThat(found.getMessage()).as("the page shows the staff member where").contains("张三");
    assertThat(found.summary()).contains("2").doesNotContain("张三").doesNotContain("1101021980");
  }
}
