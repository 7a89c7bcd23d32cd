// The API description for people: Swagger UI from our own origin, reading /api/openapi.yaml (no inline script, CSP).
document.addEventListener("DOMContentLoaded", function () {
  var target = document.getElementById("api-description");
  if (!target || typeof SwaggerUIBundle !== "function") {
    return;
  }
  SwaggerUIBundle({
    url: target.getAttribute("data-url"),
    domNode: target,
    deepLinking: true,
    docExpansion: "list",
    defaultModelsExpandDepth: 0,
    tryItOutEnabled: false,
    supportedSubmitMethods: ["get"]
  });
});
