package org.sunshine.platform.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * How every page form answers a refusal, in one place. Services refuse with "field: message" (the
 * field is for API clients and tests); a page shows the message alone, so an error attribute
 * ({@code error}, {@code …Error}, {@code message}) loses its field prefix, in the model and in the
 * flash attributes a redirect carries. And a refused form is shown again with what was typed: the
 * request's parameters go along as {@code typed} (first values, by name) and {@code typedAll} (all
 * values, for check boxes), except passwords, codes and tokens, which are typed again.
 */
class FormErrorInterceptor implements HandlerInterceptor {

  private static final Pattern FIELD = Pattern.compile("^[A-Za-z][A-Za-z0-9_.\\[\\]]{0,40}: ");
  private static final Pattern SECRET =
      Pattern.compile("(?i).*(password|secret|token|code|csrf|totp).*");

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
    boolean refused = strip(flash);
    if (mav != null) {
      refused |= strip(mav.getModel());
    }
    if (!refused || !"POST".equals(request.getMethod())) {
      return;
    }
    Map<String, String> typed = new LinkedHashMap<>();
    Map<String, List<String>> typedAll = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!SECRET.matcher(name).matches() && values.length > 0) {
                typed.put(name, values[0]);
                typedAll.put(name, Arrays.asList(values));
              }
            });
    boolean redirect =
        mav != null && mav.getViewName() != null && mav.getViewName().startsWith("redirect:");
    Map<String, Object> target = redirect || mav == null ? flash : mav.getModel();
    target.putIfAbsent("typed", typed);
    target.putIfAbsent("typedAll", typedAll);
  }

  /** Strips field prefixes from error attributes; true when there is an error. */
  private static boolean strip(Map<String, Object> attributes) {
    boolean error = false;
    for (Map.Entry<String, Object> e : attributes.entrySet()) {
      String key = e.getKey();
      boolean isError = key.equals("error") || key.endsWith("Error");
      if ((isError || key.equals("message")) && e.getValue() instanceof String text) {
        e.setValue(FIELD.matcher(text).replaceFirst(""));
        error |= isError && !text.isBlank();
      }
    }
    return error;
  }
}
