package org.mentorlink.tool.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class Utf8RequestsTest {
  private final AtomicBoolean passedOn = new AtomicBoolean();
  private final FilterChain chain = (req, res) -> passedOn.set(true);

  @Test
  void aRequestThatNamesNoCharsetIsDecodedAsUtf8() throws Exception {
    AtomicReference<String> encoding = new AtomicReference<>();
    new Utf8Requests().doFilter(request(encoding), response(), chain);
    assertEquals("UTF-8", encoding.get());
    assertTrue(passedOn.get());
  }

  @Test
  void aCharsetTheRequestNamesIsKept() throws Exception {
    AtomicReference<String> encoding = new AtomicReference<>("ISO-8859-1");
    new Utf8Requests().doFilter(request(encoding), response(), chain);
    assertEquals("ISO-8859-1", encoding.get());
    assertTrue(passedOn.get());
  }

  private static ServletRequest request(AtomicReference<String> encoding) {
    return (ServletRequest)
        Proxy.newProxyInstance(
            Utf8RequestsTest.class.getClassLoader(),
            new Class<?>[] {ServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getCharacterEncoding" -> encoding.get();
                  case "setCharacterEncoding" -> {
                    encoding.set((String) args[0]);
                    yield null;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static ServletResponse response() {
    return (ServletResponse)
        Proxy.newProxyInstance(
            Utf8RequestsTest.class.getClassLoader(),
            new Class<?>[] {ServletResponse.class},
            (proxy, method, args) -> {
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
