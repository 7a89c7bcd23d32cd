package org.sunshine.platform.opendata;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.publication.PublishedReleases;
import org.sunshine.platform.texts.Texts;
import org.sunshine.redaction.DocumentType;

/**
 * Atom feeds (RFC 4287) of the newest publications, per procuratorate (with its subordinates) and
 * per type or category. Withdrawn items leave the feed.
 */
@RestController
class FeedsController {

  /**
   * A feed's and an entry's id never change (RFC 4287 §4.2.6): a tag URI (RFC 4151) with the date
   * the name was first used, not the year the feed is read.
   */
  static final String TAG = "tag:sunshine,2026:";

  private static final MediaType ATOM =
      MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
  private final PublishedDocuments documents;
  private final PublishedReleases releases;
  private final String base;

  /**
   * Links are absolute under {@code sunshine.public-base-url} (the address the public knows), or
   * root-relative when none is set; never built from the request's {@code Host} header, which a
   * client (or a cache poisoner) chooses.
   */
  FeedsController(
      PublishedDocuments documents,
      PublishedReleases releases,
      @Value("${sunshine.public-base-url:}") String publicBaseUrl) {
    this.documents = documents;
    this.releases = releases;
    this.base = base(publicBaseUrl);
  }

  static String base(String configured) {
    String url = configured == null ? "" : configured.strip().replaceAll("/+$", "");
    if (!url.isEmpty() && !url.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
      throw new IllegalStateException(
          "sunshine.public-base-url: an absolute http(s) address such as https://sunshine.example.cn,"
              + " not '"
              + configured
              + "'");
    }
    return url;
  }

  record Entry(
      String id, String title, String url, LocalDate updated, String author, String summary) {}

  @GetMapping("/feeds/documents.atom")
  ResponseEntity<String> documents(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) DocumentType type) {
    List<Entry> entries =
        documents.list(PublicationChannel.INTERNET, unit, type, 0, 50).items().stream()
            .map(
                v ->
                    new Entry(
                        "document-" + v.documentId() + "-r" + v.latest().revision(),
                        v.latest().publicTitle(),
                        "/documents/" + v.documentId(),
                        v.latest().publishedOn(),
                        v.unitName(),
                        v.documentNumber()))
            .toList();
    return atom(
        Texts.text("opendata.feeds-controller.documents.title"), "/feeds/documents.atom", entries);
  }

  @GetMapping("/feeds/releases.atom")
  ResponseEntity<String> releases(
      @RequestParam(required = false) Long unit, @RequestParam(required = false) String category) {
    List<Entry> entries =
        releases.list(unit, category, 0, 50).stream()
            .map(
                r ->
                    new Entry(
                        "release-" + r.id(),
                        r.title(),
                        "/releases/" + r.id(),
                        r.publishedOn(),
                        r.unitName(),
                        r.body().length() > 200 ? r.body().substring(0, 200) + "…" : r.body()))
            .toList();
    return atom(
        Texts.text("opendata.feeds-controller.releases.title"), "/feeds/releases.atom", entries);
  }

  private ResponseEntity<String> atom(String title, String self, List<Entry> entries) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
      element(x, "id", TAG + self);
      element(x, "title", Texts.text("opendata.feeds-controller.title", title));
      link(x, base + self, "self");
      Instant updated = entries.isEmpty() ? Instant.EPOCH : instant(entries.get(0).updated());
      element(x, "updated", updated.toString());
      for (Entry e : entries) {
        x.writeStartElement("entry");
        element(x, "id", TAG + e.id());
        element(x, "title", e.title());
        link(x, base + e.url(), "alternate");
        element(x, "updated", instant(e.updated()).toString());
        x.writeStartElement("author");
        element(x, "name", e.author());
        x.writeEndElement();
        element(x, "summary", e.summary());
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
      return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant instant(LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.ofHours(8));
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text == null ? "" : text);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String href, String rel) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
  }
}
