package org.sunshine.platform.infrastructure;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunshine.platform.support.StaffLogin.login;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.PlatformTest;

/**
 * Text PostgreSQL cannot store, or far too much of it, sent to the main forms and JSON APIs: each
 * answers 400 naming the field — never a 500.
 */
@PlatformTest
class BadInputTest {

  private static final String ONE_MEGABYTE = "长".repeat(1 << 20);

  @Autowired MockMvc mvc;
  @Autowired Directory directory;

  /** Where the text goes: method, path, who is signed in (null: nobody), the field, a JSON API? */
  record Endpoint(String method, String path, String user, String field, boolean json) {
    @Override
    public String toString() {
      return method + " " + path + " " + field;
    }
  }

  static Stream<Arguments> badTextToEveryEndpoint() {
    List<Endpoint> endpoints =
        List.of(
            new Endpoint("GET", "/console/accounts", "admin", "q", false),
            new Endpoint("POST", "/console/accounts", "admin", "displayName", false),
            new Endpoint("POST", "/console/releases", "press", "title", false),
            new Endpoint("POST", "/console/releases", "press", "body", false),
            new Endpoint("GET", "/console/cases", "casemgmt", "q", false),
            new Endpoint("POST", "/console/access/lookup", "kongshen", "idNumber", false),
            new Endpoint("GET", "/search", null, "q", false),
            new Endpoint("POST", "/kiosk/query", null, "queryCode", false),
            new Endpoint("POST", "/access/code", null, "mobile", false),
            new Endpoint("GET", "/api/v1/search", null, "q", true),
            new Endpoint("GET", "/api/v1/releases", null, "category", true));
    List<String> values = List.of("a\u0000b", "a\ud800b", "b\udc00", ONE_MEGABYTE);
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint e : endpoints) {
      for (String v : values) {
        cases.add(Arguments.of(e, v.length() > 100 ? "1 MB" : v.replace("\u0000", "\\0"), v));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} ← {1}")
  @MethodSource
  void badTextToEveryEndpoint(Endpoint e, String label, String value) throws Exception {
    MockHttpServletRequestBuilder request =
        (e.method().equals("GET") ? get(e.path()) : post(e.path()).with(csrf()))
            .param(e.field(), value);
    if (e.user() != null) {
      request.session(session(e.user()));
    }
    if (e.json()) {
      mvc.perform(request.accept(MediaType.APPLICATION_JSON))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.field").value(e.field()));
    } else {
      mvc.perform(request.accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
    }
  }

  @Test
  void aCsvWithAnUnbalancedQuoteIsABadRequestNamingItsLine() throws Exception {
    String csv =
        "record,caseNumber,version,unit,caseType,charge,procurator,acceptedOn\n"
            + "case,BAD-CSV-1,1,140221,ARREST_REVIEW,盗窃罪,张三,2026-11-01\n"
            + "case,\"BAD-CSV-2,1,140221,ARREST_REVIEW,盗窃罪,张三,2026-11-01\n";
    mvc.perform(
            post("/api/import/cases")
                .header("Authorization", "Bearer test-import-token")
                .contentType("text/csv")
                .content(csv))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("body"))
        .andExpect(jsonPath("$.detail").value(containsString("第 3 行")));
  }

  @Test
  void aNulInAnImportedRecordRejectsThatRecordNamingTheField() throws Exception {
    String line =
        "{\"record\":\"case\",\"caseNumber\":\"BAD-NUL-1\",\"version\":1,\"unit\":\"140221\","
            + "\"caseType\":\"ARREST_REVIEW\",\"charge\":\"盗\\u0000窃罪\",\"procurator\":\"张三\","
            + "\"acceptedOn\":\"2026-11-01\"}";
    mvc.perform(
            post("/api/import/cases")
                .header("Authorization", "Bearer test-import-token")
                .contentType("application/x-ndjson")
                .content(line))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rejected").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("charge"));
    mvc.perform(
            post("/api/import/documents")
                .header("Authorization", "Bearer test-import-token")
                .contentType("application/x-ndjson")
                .content(
                    "{\"caseNumber\":\"X\",\"documentNumber\":\"BAD-\\ud800\",\"text\":\"t\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.errors[0].field").value("documentNumber"));
  }

  @Test
  void aTextLongerThanItsColumnIsABadRequest() throws Exception {
    long unitId = directory.findByCode("140221").orElseThrow().id();
    mvc.perform(
            post("/console/accounts")
                .with(csrf())
                .session(session("admin"))
                .param("username", "test.too.long.name")
                .param("displayName", "名".repeat(51))
                .param("unitId", String.valueOf(unitId))
                .param("roles", "CASE_HANDLER")
                .param("dataScope", "OWN_UNIT")
                .param("initialPassword", "Test-Password-1-long")
                .accept(MediaType.TEXT_HTML))
        .andExpect(status().isBadRequest());
  }

  private MockHttpSession session(String user) throws Exception {
    return login(mvc, user);
  }
}
