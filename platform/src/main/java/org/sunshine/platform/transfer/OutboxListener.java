package org.sunshine.platform.transfer;

import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sunshine.platform.documents.DocumentPublished;
import org.sunshine.platform.documents.DocumentWithdrawn;
import org.sunshine.platform.documents.PublicationChannel;
import org.sunshine.platform.releases.ReleasePinned;
import org.sunshine.platform.releases.ReleasePublished;
import org.sunshine.platform.releases.ReleaseWithdrawn;

/**
 * Notes, after each commit, which published item changed, so the next package carries its state
 * then. Only an internal node sends published data (on a public node the same events come from
 * applying a package and must not echo back).
 */
@Component
class OutboxListener {

  static final String DOCUMENT = "document";
  static final String RELEASE = "release";
  static final String ACK = "ack";

  private final TransferRows rows;
  private final TransferSettings settings;
  private final Clock clock;

  OutboxListener(TransferRows rows, TransferSettings settings, Clock clock) {
    this.rows = rows;
    this.settings = settings;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(DocumentPublished e) {
    if (e.channel() == PublicationChannel.INTERNET) {
      queue(DOCUMENT, e.documentId());
    }
  }

  @ApplicationModuleListener
  void on(DocumentWithdrawn e) {
    queue(DOCUMENT, e.documentId());
  }

  @ApplicationModuleListener
  void on(ReleasePublished e) {
    queue(RELEASE, e.releaseId());
  }

  @ApplicationModuleListener
  void on(ReleaseWithdrawn e) {
    queue(RELEASE, e.releaseId());
  }

  @ApplicationModuleListener
  void on(ReleasePinned e) {
    queue(RELEASE, e.releaseId());
  }

  private void queue(String kind, long id) {
    if (settings.role.sendsPublishedData()) {
      rows.queue(kind, id, clock.instant());
    }
  }
}
