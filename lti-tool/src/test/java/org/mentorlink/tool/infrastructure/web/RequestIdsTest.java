package org.mentorlink.tool.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {
  @Test
  void keepsAWellFormedIdFromAProxy() {
    assertEquals("3f2a9c1e-proxy-42", RequestIds.accept("3f2a9c1e-proxy-42"));
    assertEquals(
        "0f8fad5b-d9cb-469f-a165-70867728950e",
        RequestIds.accept("0f8fad5b-d9cb-469f-a165-70867728950e"));
  }

  @Test
  void replacesAMissingOrMalformedOne() {
    for (String bad :
        new String[] {
          null, "", "short", "has space in it", "x".repeat(65), "new\nline0000", "<script>00"
        }) {
      String id = RequestIds.accept(bad);
      assertNotEquals(bad, id);
      assertTrue(id.matches("[0-9a-f]{32}"), id);
    }
    assertNotEquals(RequestIds.generate(), RequestIds.generate());
  }

  @Test
  void logsPathsWithoutTheirSecretCodes() {
    assertEquals(
        "/api/mentor-invitations/*/accept",
        RequestIds.loggable("/api/mentor-invitations/s3cr3t-code/accept"));
    assertEquals("/app/invitations/*", RequestIds.loggable("/app/invitations/abc"));
    assertEquals("/verify/*", RequestIds.loggable("/verify/ML-1234-ABCD"));
    assertEquals("/app/claim/*", RequestIds.loggable("/app/claim/s3cr3t"));
    assertEquals("/api/claim-links/*/claim", RequestIds.loggable("/api/claim-links/s3cr3t/claim"));
    assertEquals("/api/requests/r-1/claim", RequestIds.loggable("/api/requests/r-1/claim"));
    assertEquals("/api/relationships/42/goals", RequestIds.loggable("/api/relationships/42/goals"));
    assertTrue(RequestIds.loggable("/x".repeat(400)).length() <= 303);
  }
}
