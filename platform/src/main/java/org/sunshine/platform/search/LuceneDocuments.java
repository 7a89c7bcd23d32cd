package org.sunshine.platform.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.web.util.HtmlUtils;

/** How a {@link SearchEntry} becomes a Lucene document and a stored document a hit. */
final class LuceneDocuments {

  static final String KEY = "key";
  static final String FINGERPRINT = "fingerprint";
  static final String TITLE_WORDS = "title_w";
  static final String BODY_WORDS = "body_w";
  static final String TITLE_BIGRAMS = "title_cjk";
  static final String BODY_BIGRAMS = "body_cjk";
  static final String PUBLISHED = "published";
  static final String F_KIND = "f_kind";
  static final String F_CATEGORY = "f_category";
  static final String F_UNIT = "f_unit";
  static final String F_YEAR = "f_year";
  static final String F_CHARGE = "f_charge";

  /** The bigram body keeps offsets in its postings: snippets then need no re-analysis. */
  private static final FieldType BODY_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    BODY_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_WITH_OFFSETS.freeze();
  }

  private LuceneDocuments() {}

  static Document of(SearchEntry e) {
    Document d = new Document();
    d.add(new StringField(KEY, e.key(), Field.Store.YES));
    LuceneCounts.mark(d, e.key());
    d.add(new StoredField(FINGERPRINT, e.fingerprint()));
    d.add(new TextField(TITLE_WORDS, e.title(), Field.Store.YES));
    d.add(new TextField(TITLE_BIGRAMS, e.title(), Field.Store.NO));
    d.add(new TextField(BODY_WORDS, e.text(), Field.Store.NO));
    d.add(new Field(BODY_BIGRAMS, e.text(), BODY_WITH_OFFSETS));
    d.add(new NumericDocValuesField(PUBLISHED, e.publishedOn().toEpochDay()));
    d.add(new StoredField(PUBLISHED, e.publishedOn().toEpochDay()));
    d.add(new StoredField("url", e.url()));
    d.add(new StoredField("unitName", e.unitName()));
    d.add(new StoredField("categoryLabel", e.categoryLabel()));
    filter(d, F_KIND, "kind", e.kind());
    filter(d, F_CATEGORY, "category", e.category());
    filter(d, F_YEAR, "year", String.valueOf(e.year()));
    if (e.charge() != null && !e.charge().isBlank()) {
      filter(d, F_CHARGE, "charge", e.charge());
    }
    for (long unit : e.unitPath()) {
      filter(d, F_UNIT, "unit", String.valueOf(unit));
    }
    return d;
  }

  private static void filter(Document d, String field, String dimension, String value) {
    d.add(new StringField(field, value, Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField(dimension, value));
  }

  static SearchResults.Hit hit(Document d, String snippet) {
    return new SearchResults.Hit(
        d.get(KEY),
        d.get(F_KIND),
        d.get(TITLE_WORDS),
        snippet != null && !snippet.isBlank() ? snippet : opening(d.get(BODY_BIGRAMS)),
        d.get(F_CATEGORY),
        d.get("categoryLabel"),
        d.get("unitName"),
        LuceneSearchIndex.day(d.getField(PUBLISHED).numericValue().longValue()),
        d.get("url"));
  }

  /** The snippets of a page of hits, escaped, with {@code <mark>} around the matches. */
  static String[] snippets(IndexSearcher searcher, Analyzer analyzer, Query highlight, TopDocs page)
      throws IOException {
    if (highlight == null || page.scoreDocs.length == 0) {
      return new String[page.scoreDocs.length];
    }
    UnifiedHighlighter h =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
            .withMaxLength(200_000)
            .build();
    return h.highlight(BODY_BIGRAMS, highlight, page, 2);
  }

  /** The text's opening, escaped: the snippet when nothing in the text was matched. */
  static String opening(String text) {
    String opening = text.length() > 160 ? text.substring(0, 160) + "…" : text;
    return HtmlUtils.htmlEscape(opening.replace('\n', ' '));
  }
}
