package org.mentorlink.tool.infrastructure.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;

class OutboundHttpTest {

  private static OutboundHttp withPrivateNetwork(boolean allowed) {
    OutboundHttp http = new OutboundHttp();
    http.config =
        new MentorlinkConfig() {
          @Override
          public boolean allowPrivateNetwork() {
            return allowed;
          }
        };
    return http;
  }

  @Test
  void refusesInternalAddresses() throws Exception {
    for (String ip :
        new String[] {
          "127.0.0.1",
          "10.1.2.3",
          "172.16.0.1",
          "192.168.1.1",
          "169.254.169.254",
          "0.0.0.0",
          "100.64.0.1",
          "::1",
          "fe80::1",
          "fd00::1",
          "224.0.0.1"
        }) {
      assertTrue(OutboundHttp.isInternal(InetAddress.getByName(ip)), ip);
    }
    assertFalse(OutboundHttp.isInternal(InetAddress.getByName("93.184.216.34")));
    assertFalse(OutboundHttp.isInternal(InetAddress.getByName("2606:4700::1")));
  }

  @Test
  void refusesPlainHttpAndLoopbackUnlessAllowed() {
    OutboundHttp strict = withPrivateNetwork(false);
    assertEquals(
        "only https URLs are allowed",
        assertThrows(UnsafeUrlException.class, () -> strict.checked("http://93.184.216.34/jwks"))
            .getMessage());
    assertThrows(UnsafeUrlException.class, () -> strict.checked("https://127.0.0.1/jwks"));
    assertThrows(UnsafeUrlException.class, () -> strict.checked("https://[::1]/jwks"));
    assertThrows(UnsafeUrlException.class, () -> strict.checked("https://10.0.0.1/jwks"));
    assertThrows(UnsafeUrlException.class, () -> strict.checked("file:///etc/passwd"));
    assertThrows(UnsafeUrlException.class, () -> strict.checked("https://user@93.184.216.34/"));
    assertThrows(UnsafeUrlException.class, () -> strict.checked("not a url"));

    OutboundHttp relaxed = withPrivateNetwork(true);
    assertEquals("127.0.0.1", relaxed.checked("http://127.0.0.1:8080/jwks").getHost());
    assertThrows(UnsafeUrlException.class, () -> relaxed.checked("ftp://127.0.0.1/"));
  }
}
