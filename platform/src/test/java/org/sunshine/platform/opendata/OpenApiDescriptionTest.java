package org.sunshine.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.sunshine.platform.support.PlatformTest;
import org.yaml.snakeyaml.Yaml;

@PlatformTest
class OpenApiDescriptionTest {

  @Autowired MockMvc mvc;

  @Test
  @SuppressWarnings("unchecked")
  void theApiDescriptionIsYamlNamingEveryOperationAndItsClientErrors() throws Exception {
    MvcResult r = mvc.perform(get("/api/openapi.yaml")).andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    assertThat(r.getResponse().getContentType()).startsWith("application/yaml");
    assertThat(r.getResponse().getHeader("ETag")).isNotBlank();
    Map<String, Object> api =
        new Yaml().load(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    var paths = (Map<String, Map<String, Map<String, Object>>>) api.get("paths");
    assertThat(paths).containsKeys("/api/v1/documents", "/feeds/releases.atom");
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  assertThat(operation).as(path).containsKey("operationId");
                  var responses = (Map<Object, Object>) operation.get("responses");
                  assertThat(responses.keySet())
                      .as(path + " answers a client error")
                      .anyMatch(code -> code.toString().startsWith("4"));
                }));
    String etag = r.getResponse().getHeader("ETag");
    assertThat(
            mvc.perform(get("/api/openapi.yaml").header("If-None-Match", etag))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(304);
  }
}
