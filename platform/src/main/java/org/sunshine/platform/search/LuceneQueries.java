package org.sunshine.platform.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * A user's words → a Lucene query: every space-separated term must occur as a phrase of bigrams (in
 * the title or the text: recall first), HanLP words rank; filters do not score.
 */
final class LuceneQueries {

  private LuceneQueries() {}

  static Query build(SearchQuery q, Analyzer words, Analyzer bigrams) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    Query text = text(q.text(), words, bigrams);
    all.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
    filter(all, LuceneDocuments.F_KIND, q.kind());
    filter(all, LuceneDocuments.F_CATEGORY, q.category());
    filter(all, LuceneDocuments.F_UNIT, q.unitId() == null ? null : String.valueOf(q.unitId()));
    filter(all, LuceneDocuments.F_YEAR, q.year() == null ? null : String.valueOf(q.year()));
    filter(all, LuceneDocuments.F_CHARGE, q.charge());
    return all.build();
  }

  private static Query text(String text, Analyzer words, Analyzer bigrams) {
    if (text.isBlank()) {
      return null;
    }
    QueryBuilder phrases = new QueryBuilder(bigrams);
    QueryBuilder ranking = new QueryBuilder(words);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int terms = 0;
    for (String term : text.split("\\s+")) {
      Query inBody = phrase(phrases, LuceneDocuments.BODY_BIGRAMS, term);
      Query inTitle = phrase(phrases, LuceneDocuments.TITLE_BIGRAMS, term);
      if (inBody == null && inTitle == null) {
        continue; // only stop words or punctuation
      }
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      if (inBody != null) {
        either.add(inBody, BooleanClause.Occur.SHOULD);
      }
      if (inTitle != null) {
        either.add(new BoostQuery(inTitle, 3f), BooleanClause.Occur.SHOULD);
      }
      b.add(either.build(), BooleanClause.Occur.MUST);
      Query ranked = ranking.createBooleanQuery(LuceneDocuments.BODY_WORDS, term);
      if (ranked != null) {
        b.add(new BoostQuery(ranked, 0.5f), BooleanClause.Occur.SHOULD);
      }
      terms++;
    }
    return terms == 0 ? null : b.build();
  }

  /**
   * A phrase of bigrams; a single Han character (indexed only inside bigrams) matches the bigrams
   * that start or end with it.
   */
  private static Query phrase(QueryBuilder phrases, String field, String term) {
    if (term.codePointCount(0, term.length()) == 1
        && Character.isIdeographic(term.codePointAt(0))) {
      return new BooleanQuery.Builder()
          .add(new PrefixQuery(new Term(field, term)), BooleanClause.Occur.SHOULD)
          .add(new WildcardQuery(new Term(field, "?" + term)), BooleanClause.Occur.SHOULD)
          .build();
    }
    return phrases.createPhraseQuery(field, term);
  }

  /** The part of the query the snippet highlights: the phrases in the text. */
  static Query highlightQuery(SearchQuery q, Analyzer bigrams) {
    if (q.text().isBlank()) {
      return null;
    }
    QueryBuilder phrases = new QueryBuilder(bigrams);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String term : q.text().split("\\s+")) {
      Query p = phrase(phrases, LuceneDocuments.BODY_BIGRAMS, term);
      if (p != null) {
        b.add(p, BooleanClause.Occur.SHOULD);
      }
    }
    return b.build();
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null) {
      b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }
}
