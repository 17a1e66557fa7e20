package org.mentorlink.it.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for what {@code java.net.http} refuses to send (a {@code %zz} in a
 * path, a broken request line): the request is sent byte for byte, the answer read to the end.
 */
final class RawHttp {
  /** An answer: status, headers (names in lower case; the last of repeated ones) and body. */
  record Answer(int status, Map<String, String> headers, String body, String raw) {
    Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
      return raw.length() > 2000 ? raw.substring(0, 2000) + "..." : raw;
    }
  }

  private RawHttp() {}

  /** {@code method target} with the given extra header lines, {@code Connection: close}. */
  static Answer request(int port, String method, String target, String... headerLines) {
    return request(port, method, target, null, headerLines);
  }

  /** As {@link #request(int, String, String, String...)}, with a body (its length added). */
  static Answer request(
      int port, String method, String target, byte[] body, String... headerLines) {
    StringBuilder b = new StringBuilder();
    b.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    b.append("Host: localhost:").append(port).append("\r\n");
    for (String h : headerLines) {
      b.append(h).append("\r\n");
    }
    if (body != null) {
      b.append("Content-Length: ").append(body.length).append("\r\n");
    }
    b.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(b.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (body != null) {
      all.writeBytes(body);
    }
    return send(port, all.toByteArray());
  }

  /** Sends {@code bytes} as they are and reads the whole answer. */
  static Answer send(int port, byte[] bytes) {
    try (Socket s = new Socket("localhost", port)) {
      s.setSoTimeout(5_000);
      OutputStream out = s.getOutputStream();
      out.write(bytes);
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) >= 0; ) {
          all.write(buf, 0, n);
        }
      } catch (java.net.SocketTimeoutException e) {
        // A connection kept open after a whole answer: what came is the answer.
        if (all.size() == 0) {
          throw e;
        }
      }
      return parse(all.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("raw request failed: " + e, e);
    }
  }

  private static Answer parse(byte[] bytes) {
    String latin = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = latin.indexOf("\r\n\r\n");
    String head = end < 0 ? latin : latin.substring(0, end);
    byte[] body = new byte[0];
    if (end >= 0) {
      body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    }
    String[] lines = head.split("\r\n");
    int status = -1;
    if (lines.length > 0 && lines[0].startsWith("HTTP/")) {
      String[] parts = lines[0].split(" ");
      status = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    String text = new String(body, StandardCharsets.UTF_8);
    return new Answer(status, headers, text, head + "\n\n" + text);
  }

  private static byte[] unchunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String latin = new String(body, StandardCharsets.ISO_8859_1);
    int i = 0;
    while (i < body.length) {
      int eol = latin.indexOf("\r\n", i);
      if (eol < 0) {
        break;
      }
      int size = Integer.parseInt(latin.substring(i, eol).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      out.write(body, eol + 2, Math.min(size, body.length - eol - 2));
      i = eol + 2 + size + 2;
    }
    return out.toByteArray();
  }
}
