package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

class BoundedBodyTest {

  @Test
  void aBodyWithoutADeclaredLengthIsCutOffOneByteAfterTheLimit() throws IOException {
    var request = new StreamedRequest(endless());
    try (Reader body = BoundedBody.utf8(request, DataSize.ofKilobytes(64))) {
      assertThatThrownBy(() -> new BufferedReader(body).lines().count())
          .isInstanceOf(ErrorResponseException.class)
          .satisfies(e -> assertThat(status(e)).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
    }
    assertThat(request.served).isLessThan(64 * 1024 + 16 * 1024);
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeAByteIsRead() {
    var request = new StreamedRequest(endless());
    request.declared = 10L * 1024 * 1024 * 1024;
    assertThatThrownBy(() -> BoundedBody.utf8(request, DataSize.ofMegabytes(64)))
        .isInstanceOf(ErrorResponseException.class);
    assertThat(request.served).isZero();
  }

  @Test
  void aBodyWithinTheLimitReadsWhole() throws IOException {
    var request = new StreamedRequest(InputStream.nullInputStream());
    request.setContent("第一行\n第二行".getBytes(StandardCharsets.UTF_8));
    try (Reader body = BoundedBody.utf8(request, DataSize.ofBytes(100))) {
      assertThat(new BufferedReader(body).lines().toList()).containsExactly("第一行", "第二行");
    }
  }

  private static HttpStatus status(Throwable e) {
    return HttpStatus.valueOf(((ErrorResponseException) e).getStatusCode().value());
  }

  private static InputStream endless() {
    return new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
  }

  /** A request whose body is a stream (chunked: no length) that counts what was read. */
  private static final class StreamedRequest extends MockHttpServletRequest {
    private final InputStream stream;
    long declared = -1;
    long served;

    StreamedRequest(InputStream stream) {
      this.stream = stream;
    }

    @Override
    public long getContentLengthLong() {
      return getContentAsByteArray() != null ? super.getContentLengthLong() : declared;
    }

    @Override
    public ServletInputStream getInputStream() {
      if (getContentAsByteArray() != null) {
        return super.getInputStream();
      }
      return new DelegatingServletInputStream(
          new InputStream() {
            @Override
            public int read() throws IOException {
              served++;
              return stream.read();
            }
          });
    }
  }
}
