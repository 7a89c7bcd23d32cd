package org.sunshine.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
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

  private LuceneDocuments() {}

  static Document of(SearchEntry e) {
    Document d = new Document();
    d.add(new StringField(KEY, e.key(), Field.Store.YES));
    d.add(new StoredField(FINGERPRINT, e.fingerprint()));
    d.add(new TextField(TITLE_WORDS, e.title(), Field.Store.YES));
    d.add(new TextField(TITLE_BIGRAMS, e.title(), Field.Store.NO));
    d.add(new TextField(BODY_WORDS, e.text(), Field.Store.NO));
    d.add(new TextField(BODY_BIGRAMS, e.text(), Field.Store.YES));
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

  static SearchResults.Hit hit(Document d, Query highlight, Analyzer bigrams) {
    return new SearchResults.Hit(
        d.get(KEY),
        d.get(F_KIND),
        d.get(TITLE_WORDS),
        snippet(d.get(BODY_BIGRAMS), highlight, bigrams),
        d.get(F_CATEGORY),
        d.get("categoryLabel"),
        d.get("unitName"),
        LuceneSearchIndex.day(d.getField(PUBLISHED).numericValue().longValue()),
        d.get("url"));
  }

  /**
   * Up to two fragments around the matches, escaped, with {@code <mark>}; the opening otherwise.
   */
  private static String snippet(String text, Query highlight, Analyzer bigrams) {
    if (highlight != null) {
      Highlighter h =
          new Highlighter(
              new SimpleHTMLFormatter("<mark>", "</mark>"),
              new SimpleHTMLEncoder(),
              new QueryScorer(highlight, BODY_BIGRAMS));
      h.setTextFragmenter(new SimpleFragmenter(90));
      h.setMaxDocCharsToAnalyze(200_000);
      try {
        String best = h.getBestFragments(bigrams.tokenStream(BODY_BIGRAMS, text), text, 2, "…");
        if (best != null && !best.isBlank()) {
          return best;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InvalidTokenOffsetsException e) {
        // fall through to the opening
      }
    }
    String opening = text.length() > 160 ? text.substring(0, 160) + "…" : text;
    return HtmlUtils.htmlEscape(opening.replace('\n', ' '));
  }
}
