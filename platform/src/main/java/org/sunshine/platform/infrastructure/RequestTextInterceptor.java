package org.sunshine.platform.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Before any controller runs (and after multipart parsing): every request parameter, in the query,
 * a form or a multipart body, and every uploaded file's name is text {@link StoredText} accepts and
 * at most {@code sunshine.web.max-field-chars} long; otherwise 400 naming the parameter.
 */
class RequestTextInterceptor implements HandlerInterceptor {

  private static final int MAX_NAME_CHARS = 255;
  private final int maxFieldChars;

  RequestTextInterceptor(int maxFieldChars) {
    this.maxFieldChars = maxFieldChars;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      String name = parameter.getKey();
      reject(safeName(name), name, MAX_NAME_CHARS);
      for (String value : parameter.getValue()) {
        reject(safeName(name), value, maxFieldChars);
      }
    }
    if (request instanceof MultipartHttpServletRequest multipart) {
      for (Map.Entry<String, MultipartFile> file : multipart.getFileMap().entrySet()) {
        reject(safeName(file.getKey()), file.getValue().getOriginalFilename(), MAX_NAME_CHARS);
      }
    }
    return true;
  }

  private static void reject(String field, String value, int maxChars) {
    var fault = StoredText.fault(value, maxChars);
    if (fault.isPresent()) {
      throw new StoredText.Rejected(field, fault.get());
    }
  }

  /** The parameter's name as it can be shown back: printable ASCII, shortened. */
  private static String safeName(String name) {
    String shown = name.replaceAll("[^\\x21-\\x7e]", "?");
    return shown.length() > 60 ? shown.substring(0, 60) : shown;
  }
}
