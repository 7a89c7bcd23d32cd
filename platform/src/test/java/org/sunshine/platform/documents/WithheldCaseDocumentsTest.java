package org.sunshine.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.publication.PublicDocumentView;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.support.PlatformTest;

/** A document already out comes down by itself when its case turns out to be withheld by law. */
@PlatformTest
class WithheldCaseDocumentsTest {

  @Autowired DocumentFixtures fx;
  @Autowired Documents documents;
  @Autowired DocumentWorkflow workflow;
  @Autowired PublishedDocuments published;
  @Autowired AuditLog audit;

  private long publishedIndictment(long caseId) {
    long id = fx.anIndictment(caseId);
    workflow.submit(fx.staff("handler"), id);
    fx.approvePending(id, "depthead", "deputy", "casemgmt");
    return id;
  }

  private DocumentStatus status(long id) {
    return documents.view(fx.staff("handler"), id).summary().status();
  }

  @Test
  void aPublishedDocumentIsWithdrawnAtOnceWhenItsCaseIsFoundSecret() throws Exception {
    long caseId = fx.aCase(true, false);
    long id = publishedIndictment(caseId);
    assertThat(status(id)).isEqualTo(DocumentStatus.PUBLISHED);

    fx.markSecret(caseId);

    await().atMost(Duration.ofSeconds(30)).until(() -> status(id) == DocumentStatus.WITHDRAWN);
    PublicDocumentView p = published.find(id, PublicationChannel.INTERNET).orElseThrow();
    assertThat(p.withdrawn()).isTrue();
    assertThat(p.text()).as("the text is gone from the public").isNull();
    assertThat(p.corrections())
        .singleElement()
        .satisfies(c -> assertThat(c.reason()).isEqualTo("依法不予公开"));
    assertThat(published.pdf(id, PublicationChannel.INTERNET)).isEmpty();
    assertThat(audit.about(Documents.SUBJECT, String.valueOf(id)))
        .anySatisfy(
            a -> assertThat(a.action() + " " + a.actor()).isEqualTo("WITHDRAW_DOCUMENT system"));
  }

  @Test
  void aDocumentOfAnotherCaseStaysUp() throws Exception {
    long secretCase = fx.aCase(true, false);
    long other = publishedIndictment(fx.aCase(true, false));
    long gone = publishedIndictment(secretCase);

    fx.markSecret(secretCase);

    await().atMost(Duration.ofSeconds(30)).until(() -> status(gone) == DocumentStatus.WITHDRAWN);
    assertThat(status(other)).isEqualTo(DocumentStatus.PUBLISHED);
    assertThat(published.find(other, PublicationChannel.INTERNET).orElseThrow().text()).isNotNull();
  }
}
