package org.sunshine.platform.publication;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.redaction.DocumentType;

/**
 * 法律文书公开 for the public (internet types) and the service hall's touch screen (kiosk types, only
 * from the addresses allowed for kiosks).
 */
@Controller
class PublicDocumentsController {

  private static final int PAGE_SIZE = 20;
  private final PublishedDocuments published;
  private final Directory directory;

  PublicDocumentsController(PublishedDocuments published, Directory directory) {
    this.published = published;
    this.directory = directory;
  }

  @GetMapping("/documents")
  String list(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) DocumentType type,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    return listFor(PublicationChannel.INTERNET, unit, type, page, model, "documents/public-list");
  }

  /**
   * A published document's page, which browsers and proxies may keep a few minutes and then
   * revalidate (ETag, Last-Modified).
   */
  @GetMapping("/documents/{id}")
  String view(
      @PathVariable long id, WebRequest request, HttpServletResponse response, Model model) {
    PublicDocumentView d =
        published
            .find(id, PublicationChannel.INTERNET)
            .orElseThrow(() -> new NoSuchElementException("document"));
    List<PublicDocumentView> related = published.related(id);
    response.setHeader(HttpHeaders.CACHE_CONTROL, Freshness.PUBLISHED.getHeaderValue());
    if (request.checkNotModified(
        Freshness.etag(d, related), Freshness.lastModified(d).toEpochMilli())) {
      return null;
    }
    model.addAttribute("related", related);
    model.addAttribute("d", d);
    model.addAttribute("kiosk", false);
    return "documents/public-detail";
  }

  @GetMapping("/documents/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    PublicDocumentView d =
        published
            .find(id, PublicationChannel.INTERNET)
            .orElseThrow(() -> new NoSuchElementException("document"));
    return published
        .pdf(id, PublicationChannel.INTERNET)
        .map(
            bytes ->
                ResponseEntity.ok()
                    .cacheControl(Freshness.PUBLISHED)
                    .eTag(Freshness.etag(bytes))
                    .lastModified(Freshness.lastModified(d))
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                            .filename("document-" + id + ".pdf")
                            .build()
                            .toString())
                    .body(bytes))
        .orElseThrow(() -> new NoSuchElementException("document"));
  }

  @GetMapping("/kiosk/documents")
  String kioskList(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) DocumentType type,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    return listFor(PublicationChannel.KIOSK, unit, type, page, model, "documents/public-list");
  }

  @GetMapping("/kiosk/documents/{id}")
  String kioskView(@PathVariable long id, Model model) {
    return viewFor(PublicationChannel.KIOSK, id, model, "documents/public-detail");
  }

  private String listFor(
      PublicationChannel channel,
      Long unit,
      DocumentType type,
      int page,
      Model model,
      String template) {
    PublishedDocuments.Page list = published.list(channel, unit, type, page, PAGE_SIZE);
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("unit", unit);
    filters.put("type", type);
    String path = channel == PublicationChannel.KIOSK ? "/kiosk/documents" : "/documents";
    model.addAttribute("page", list);
    model.addAttribute("pager", PageLinks.of(path, list.page(), list.pages(), filters));
    if (channel == PublicationChannel.INTERNET) {
      model.addAttribute("documentsFeed", PageLinks.url("/feeds/documents.atom", filters));
    }
    model.addAttribute("units", directory.all());
    model.addAttribute("types", published.types(channel));
    model.addAttribute("unit", unit);
    model.addAttribute("type", type);
    model.addAttribute("kiosk", channel == PublicationChannel.KIOSK);
    return template;
  }

  private String viewFor(PublicationChannel channel, long id, Model model, String template) {
    model.addAttribute(
        "d", published.find(id, channel).orElseThrow(() -> new NoSuchElementException("document")));
    model.addAttribute("kiosk", channel == PublicationChannel.KIOSK);
    return template;
  }
}
