package org.mentorlink.tool.lti.legacy;

import java.net.URI;
import java.net.URLDecoder;
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
 * An OAuth 1.0a HMAC-SHA1 signer written from RFC 5849 §3.4 alone, independent of the IMS library
 * the tool verifies with: what a platform does when it signs an LTI 1.1 launch.
 */
final class OAuth1Signer {
  private OAuth1Signer() {}

  /** RFC 5849 §3.6: UTF-8, every byte but the unreserved characters as %XX (upper case). */
  static String encode(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  /**
   * RFC 5849 §3.4.1: the method, the base string URI (scheme and host in lower case, no default
   * port, no query) and the normalised parameters (the query's and the given ones, encoded, sorted
   * by name then value), each encoded and joined by {@code &}.
   */
  static String baseString(String method, String url, List<Map.Entry<String, String>> params) {
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
            + (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath());
    List<String[]> all = new ArrayList<>();
    if (u.getRawQuery() != null) {
      for (String pair : u.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        String n = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        all.add(new String[] {encode(n), encode(v)});
      }
    }
    for (Map.Entry<String, String> p : params) {
      if (!p.getKey().equals("oauth_signature")) {
        all.add(new String[] {encode(p.getKey()), encode(p.getValue())});
      }
    }
    all.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    StringBuilder normalised = new StringBuilder();
    for (String[] p : all) {
      if (normalised.length() > 0) {
        normalised.append('&');
      }
      normalised.append(p[0]).append('=').append(p[1]);
    }
    return method.toUpperCase(Locale.ROOT)
        + "&"
        + encode(base)
        + "&"
        + encode(normalised.toString());
  }

  /** RFC 5849 §3.4.2: HMAC-SHA1 keyed by the encoded secrets joined by {@code &}, base64. */
  static String hmacSha1(String baseString, String consumerSecret, String tokenSecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      String key = encode(consumerSecret) + "&" + encode(tokenSecret == null ? "" : tokenSecret);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The form of an LTI 1.1 launch POSTed to {@code url}: {@code params} with the OAuth parameters
   * and the signature added, as a platform sends it.
   */
  static Map<String, String> signedForm(
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
    form.put(
        "oauth_signature",
        hmacSha1(baseString("POST", url, new ArrayList<>(form.entrySet())), secret, null));
    return form;
  }
}
