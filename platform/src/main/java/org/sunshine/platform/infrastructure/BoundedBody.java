package org.sunshine.platform.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.sunshine.platform.texts.Texts;

/**
 * A request body read as a stream and cut off at a limit: beyond it the request fails with 413
 * (problem details, field {@code body}) — at once when its Content-Length says so, else as soon as
 * one byte too many arrives. Nothing here runs before the caller has decided who is asking, so an
 * unauthenticated body is never read.
 */
public final class BoundedBody {

  private BoundedBody() {}

  /** The body as UTF-8 text, at most {@code limit} bytes of it. */
  public static Reader utf8(HttpServletRequest request, DataSize limit) throws IOException {
    long max = limit.toBytes();
    if (request.getContentLengthLong() > max) {
      throw new TooLarge(max);
    }
    return new InputStreamReader(new Capped(request.getInputStream(), max), StandardCharsets.UTF_8);
  }

  /** Counts what passes and fails once more than {@code max} bytes did. */
  static final class Capped extends FilterInputStream {

    private final long max;
    private long seen;

    Capped(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) {
      seen += n;
      if (seen > max) {
        throw new TooLarge(max);
      }
    }
  }

  /** The 413 answer; Spring renders it as problem details, for pages and APIs alike. */
  static final class TooLarge extends ErrorResponseException {

    TooLarge(long max) {
      super(HttpStatus.CONTENT_TOO_LARGE, problem(max), null);
    }

    private static ProblemDetail problem(long max) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONTENT_TOO_LARGE,
              "body: " + Texts.text("infrastructure.bounded-body.too-large", max));
      problem.setProperty("field", "body");
      problem.setProperty("limit", max);
      return problem;
    }
  }
}
