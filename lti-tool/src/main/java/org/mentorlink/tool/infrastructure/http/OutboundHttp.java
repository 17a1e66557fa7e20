package org.mentorlink.tool.infrastructure.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;

/**
 * Every call the tool makes to a platform (configuration, JWKS, tokens, services) goes through
 * here: the URL must be https and must not resolve to a loopback, private, link-local or other
 * internal address (so a registration cannot turn the tool into a probe of its own network), unless
 * {@code MENTORLINK_ALLOW_PRIVATE_NETWORK=true}. Calls have short timeouts, follow no redirects,
 * and read at most {@link #MAX_BODY_BYTES} of the answer.
 */
@ApplicationScoped
public class OutboundHttp {
  public static final int MAX_BODY_BYTES = 512 * 1024;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  @Inject MentorlinkConfig config;

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  /** An answer: status, headers and the (size-capped) body as text. */
  public record Answer(int status, HttpHeaders headers, String body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** GET {@code url} with the given headers. */
  public Answer get(String url, Map<String, String> headers) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(checked(url)).timeout(REQUEST_TIMEOUT).GET();
    headers.forEach(b::header);
    return send(b.build());
  }

  /**
   * GET {@code url} with the given headers, giving up after {@code timeout} in all — connecting,
   * waiting for the answer and reading its body — so a platform that hangs or trickles cannot hold
   * the caller longer.
   */
  public Answer get(String url, Map<String, String> headers, Duration timeout) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(checked(url)).timeout(timeout).GET();
    headers.forEach(b::header);
    CompletableFuture<HttpResponse<byte[]>> pending =
        client.sendAsync(b.build(), info -> new CappedBody(MAX_BODY_BYTES));
    try {
      HttpResponse<byte[]> r = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new Answer(r.statusCode(), r.headers(), new String(r.body(), StandardCharsets.UTF_8));
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new HttpTimeoutException("no complete answer within " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }

  /** POST {@code body} of {@code contentType} to {@code url} with the given headers. */
  public Answer post(String url, String contentType, String body, Map<String, String> headers)
      throws IOException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(checked(url))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(b::header);
    return send(b.build());
  }

  private Answer send(HttpRequest request) throws IOException {
    try {
      HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
          throw new IOException("response larger than " + MAX_BODY_BYTES + " bytes");
        }
        return new Answer(r.statusCode(), r.headers(), new String(bytes, StandardCharsets.UTF_8));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }

  /** A response body read in full, refused beyond {@code max} bytes. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final int max;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(int max) {
      this.max = max;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer item : items) {
        if (body.isDone()) {
          return;
        }
        if (out.size() + item.remaining() > max) {
          subscription.cancel();
          body.completeExceptionally(new IOException("response larger than " + max + " bytes"));
          return;
        }
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      body.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      body.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }
  }

  /** Checks {@code url} against the outbound rules; returns it as a URI. */
  public URI checked(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new UnsafeUrlException("not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean allowPrivate = config.allowPrivateNetwork();
    if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
      throw new UnsafeUrlException("only https URLs are allowed");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new UnsafeUrlException("the URL must name a host and no user");
    }
    if (!allowPrivate) {
      try {
        for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
          if (isInternal(a)) {
            throw new UnsafeUrlException("the URL resolves to an internal address");
          }
        }
      } catch (UnknownHostException e) {
        throw new UnsafeUrlException("the host does not resolve");
      }
    }
    return uri;
  }

  /** Loopback, private, link-local, unique-local, carrier-grade NAT, multicast or unspecified. */
  static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 // 0.0.0.0/8
        || (first == 100 && second >= 64 && second <= 127) // 100.64.0.0/10
        || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24
        || (first == 198 && (second == 18 || second == 19)) // benchmarking
        || first >= 240; // reserved and broadcast
  }
}
