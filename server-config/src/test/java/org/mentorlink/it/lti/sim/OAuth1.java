package org.mentorlink.it.lti.sim;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an LTI 1.1 platform does to sign a launch: OAuth 1.0a HMAC-SHA1 (RFC 5849 §3.4), written
 * here from the RFC alone, independent of the IMS library the tool verifies with.
 */
public final class OAuth1 {
  private OAuth1() {}

  /** The LTI 1.1 launch form for {@code params}, with the OAuth parameters and signature added. */
  public static Map<String, String> sign(
      String url,
      Map<String, String> params,
      String consumerKey,
      String secret,
      long timestamp,
      String nonce) {
    Map<String, String> form = new LinkedHashMap<>(params);
    form.put("oauth_consumer_key", consumerKey);
    form.put("oauth_signature_method", "HMAC-SHA1");
    form.put("oauth_timestamp", Long.toString(timestamp));
    form.put("oauth_nonce", nonce);
    form.put("oauth_version", "1.0");
    form.put("oauth_callback", "about:blank");
    form.put("oauth_signature", signature(url, form, secret));
    return form;
  }

  /** Base64 HMAC-SHA1 of the signature base string, keyed by {@code encode(secret)&}. */
  public static String signature(String url, Map<String, String> form, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(
          new SecretKeySpec((encode(secret) + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(baseString(url, form).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 5849 §3.4.1 for a POST (no query string in the URLs used here). */
  static String baseString(String url, Map<String, String> form) {
    URI u = URI.create(url);
    String scheme = u.getScheme().toLowerCase(Locale.ROOT);
    int port = u.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    String base =
        scheme
            + "://"
            + u.getHost().toLowerCase(Locale.ROOT)
            + (defaultPort ? "" : ":" + port)
            + u.getRawPath();
    List<String[]> params = new ArrayList<>();
    form.forEach(
        (k, v) -> {
          if (!k.equals("oauth_signature")) {
            params.add(new String[] {encode(k), encode(v)});
          }
        });
    params.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    StringBuilder normalised = new StringBuilder();
    for (String[] p : params) {
      normalised.append(normalised.length() == 0 ? "" : "&").append(p[0]).append('=').append(p[1]);
    }
    return "POST&" + encode(base) + "&" + encode(normalised.toString());
  }

  /** RFC 5849 §3.6 percent-encoding. */
  public static String encode(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
