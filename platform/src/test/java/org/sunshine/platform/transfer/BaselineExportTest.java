package org.sunshine.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sunshine.platform.hearings.NewOpenDay;
import org.sunshine.platform.hearings.OpenDays;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * The "everything" export's first package is a baseline, which the public node applies even after a
 * gap (PackageReader: a baseline is not held for missing sequence numbers), so it carries the whole
 * current truth: an open day cancelled inside while the package carrying the cancellation was lost
 * must not stay bookable outside.
 */
@ExtendWith(TwoNodesExtension.class)
class BaselineExportTest {

  static TwoNodes nodes;

  @BeforeAll
  static void start(TwoNodes pair) {
    nodes = pair;
    nodes.moveToPublic(true);
  }

  private static StaffIdentity inside(String username) {
    return nodes.internal(StaffAccounts.class).identity(username).orElseThrow();
  }

  private static List<String> stateOutside(long originId) {
    return nodes
        .publicDb()
        .sql("select state from open_day where origin_id = ?")
        .param(originId)
        .query(String.class)
        .list();
  }

  @Test
  void anOpenDayCancelledInsideIsNotLeftBookableOutsideByAnEverythingExport() throws IOException {
    LocalDateTime starts = LocalDateTime.now(nodes.internal(Clock.class)).plusDays(15).withNano(0);
    OpenDays openDays = nodes.internal(OpenDays.class);
    long id =
        openDays.schedule(
            inside("casemgmt"),
            new NewOpenDay(
                "基线包测试开放日",
                starts,
                starts.plusHours(3),
                "小店区人民检察院一楼检察服务大厅",
                30,
                starts.minusHours(2)));
    openDays.publish(inside("casemgmt"), id);
    nodes.awaitQueued("open-day", id);
    nodes.moveToPublic(false);
    assertThat(stateOutside(id)).containsExactly("PUBLISHED");

    openDays.cancel(inside("casemgmt"), id, "场地检修");
    nodes.awaitQueued("open-day", id, 2);
    nodes.internal(Transfers.class).exportNow(false);
    // The carrier loses that package.
    Path outbox = nodes.toPublic;
    try (Stream<Path> list = Files.list(outbox)) {
      for (Path p : list.toList()) {
        if (Files.isDirectory(p)) {
          try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted((a, b) -> b.compareTo(a)).forEach(f -> f.toFile().delete());
          }
        } else {
          Files.delete(p);
        }
      }
    }

    // The operator sends everything (the documented recovery); the public node applies it.
    nodes.moveToPublic(true);

    assertThat(stateOutside(id))
        .as("the open day cancelled inside, after the everything export")
        .containsExactly("CANCELLED");
  }
}
