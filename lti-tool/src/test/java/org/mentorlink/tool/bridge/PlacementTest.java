package org.mentorlink.tool.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementTest {
  @Test
  void aLinkWithoutTheParameterOpensTheHub() {
    assertEquals(Placement.MENTORING, Placement.fromParameter(null).orElseThrow());
    assertEquals(Placement.MENTORING, Placement.fromParameter(" ").orElseThrow());
  }

  @Test
  void eachPlacementOpensItsOwnPage() {
    assertEquals("/app/cpd", Placement.fromParameter("cpd").orElseThrow().path());
    assertEquals("/app", Placement.fromParameter("mentoring").orElseThrow().path());
  }

  @Test
  void refusesAnythingButAPlacementKey() {
    for (String v :
        List.of(
            "coordinator",
            "/app/coordinator",
            "CPD",
            "cpd?launch=x",
            "scheme:0f6c2e0a-1111-2222-3333-444455556666",
            "../app/coordinator",
            "relationship/1")) {
      assertTrue(Placement.fromParameter(v).isEmpty(), v);
    }
  }

  @Test
  void offersOnlyPagesThatExist() {
    assertEquals(List.of(Placement.MENTORING, Placement.CPD), Placement.offered());
  }
}
