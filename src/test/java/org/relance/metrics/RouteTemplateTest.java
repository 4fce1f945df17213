package org.relance.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A request path becomes its route template: the routes' words stay, ids and secrets become {id}, depth is capped. */
class RouteTemplateTest {

  @Test
  void idsFileNamesAndSecretsBecomeId() {
    assertEquals("/api/cases/{id}", RouteTemplate.of("/api/cases/c-7f3a"));
    assertEquals("/api/cases/{id}/letters/{id}", RouteTemplate.of("/api/cases/acme-42/letters/first_letter.pdf"));
    assertEquals("/api/cases/{id}/tasks/{id}/done", RouteTemplate.of("/api/cases/c1/tasks/t9/done"));
    assertEquals("/api/businesses/{id}", RouteTemplate.of("/api/businesses/acme"));
    assertEquals("/signin/link/{id}", RouteTemplate.of("/signin/link/0123456789abcdef"));
    assertEquals("/{id}", RouteTemplate.of("/telegram-webhook-5a1e9c"));
    assertEquals("/health/ready", RouteTemplate.of("/health/ready"));
    assertEquals("/", RouteTemplate.of("/"));
  }

  @Test
  void aScannersDeepPathIsCut() {
    assertEquals("/{id}/{id}/{id}/{id}/{id}/{id}/...", RouteTemplate.of("/a/b/c/d/e/f/g/h/i"));
  }
}
