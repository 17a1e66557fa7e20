package org.mentorlink.tool.lti.services;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentorlink.tool.infrastructure.db.DatabaseFaults;
import org.mentorlink.tool.infrastructure.db.Leases;
import org.mentorlink.tool.infrastructure.http.OutboundHttp;
import org.mentorlink.tool.infrastructure.http.UnsafeUrlException;
import org.mentorlink.tool.infrastructure.metrics.ToolMetrics;

/**
 * Sends the AGS outbox, every few seconds, on every node: claims a batch of due scores in one
 * transaction (at most one per line item and user, the oldest waiting, so a user's scores keep
 * their order), posts them in parallel ({@code mentorlink.ags.parallel} at a time) with a service
 * token cached per registration and scope, finds or creates each CPD year's line item once (then
 * cached on the node: a line item's URL never changes), and records the batch's outcomes in one
 * transaction. 2xx: SENT. 409, 429, 5xx, timeouts: tried again later with exponential backoff (each
 * new attempt with a fresh, later timestamp) (the state is in the database, so a restart loses
 * nothing). 404 for a score: the line item is gone from the platform (a teacher deleted the
 * column), so it is forgotten and found or created again on the next try. 400/403 and other
 * refusals: FAILED with the reason, never retried — Moodle answers 400 for teachers and other users
 * who are not gradable. A 401 gets one fresh token and one more try.
 */
@ApplicationScoped
public class PassbackWorker {
  private static final Logger LOG = Logger.getLogger(PassbackWorker.class.getName());
  static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
  static final String SCOPE_LINEITEM_READONLY =
      "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
  static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  static final long MAX_BACKOFF_MS = 300_000;
  static final int MAX_PAGES = 50;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject Outbox outbox;
  @Inject AgsClient ags;
  @Inject ServiceTokens tokens;
  @Inject ToolMetrics metrics;
  @Inject LineItemLinks links;

  @Inject
  @ConfigProperty(name = "mentorlink.ags.poll.millis", defaultValue = "2000")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "mentorlink.ags.retry.base.millis", defaultValue = "1000")
  long retryBaseMillis;

  @Inject
  @ConfigProperty(name = "mentorlink.ags.parallel", defaultValue = "32")
  int parallel;

  /** Line items found or created, by tenant and line key: their URLs never change. */
  private final Map<String, String> lineItems = new ConcurrentHashMap<>();

  private ScheduledFuture<?> task;
  private volatile boolean stopping;

  void onStart(@Observes Startup event) {
    task =
        scheduler.scheduleWithFixedDelay(
            this::drain, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (task != null) {
      task.cancel(false);
    }
  }

  /** Sends everything due now, a batch at a time. */
  void drain() {
    try {
      while (!stopping) {
        List<Outbox.Claimed> batch = outbox.claimBatch(width());
        if (batch.isEmpty()) {
          return;
        }
        List<Outbox.Outcome> outcomes = sendAll(batch);
        outbox.record(outcomes);
        outcomes.forEach(o -> metrics.agsSend(o.result().name()));
      }
    } catch (RuntimeException e) {
      // One line, never the exception's text (it quotes SQL and class names).
      LOG.warning(
          DatabaseFaults.classify(e).isPresent()
              ? "AGS passback paused: the database is unavailable"
              : "AGS passback paused: an unexpected error");
    }
  }

  private int width() {
    return Math.max(1, Math.min(parallel(), 64));
  }

  int parallel() {
    return parallel;
  }

  /** Sends one batch (different users, so no order between them), in parallel. */
  List<Outbox.Outcome> sendAll(List<Outbox.Claimed> batch) {
    if (batch.size() == 1) {
      return List.of(send(batch.get(0)));
    }
    List<Future<Outbox.Outcome>> running = new ArrayList<>(batch.size());
    List<Outbox.Outcome> outcomes = new ArrayList<>(batch.size());
    for (Outbox.Claimed c : batch) {
      try {
        running.add(executor.submit(() -> send(c)));
      } catch (RejectedExecutionException e) {
        running.add(CompletableFuture.completedFuture(send(c)));
      }
    }
    for (int i = 0; i < batch.size(); i++) {
      Outbox.Claimed c = batch.get(i);
      try {
        outcomes.add(running.get(i).get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        outcomes.add(Outbox.Outcome.later(c.id(), backoff(c), "interrupted"));
      } catch (ExecutionException e) {
        outcomes.add(
            Outbox.Outcome.later(
                c.id(),
                backoff(c),
                "unexpected error: " + e.getCause().getClass().getSimpleName()));
      }
    }
    return outcomes;
  }

  /** Permanent refusal: recorded, not retried. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** Worth trying again later. */
  private static final class Later extends Exception {
    private static final long serialVersionUID = 1L;
    final long retryAfterMs;

    Later(String message, long retryAfterMs) {
      super(message);
      this.retryAfterMs = retryAfterMs;
    }
  }

  /** Sends one claimed score; what became of it is recorded by the caller. */
  Outbox.Outcome send(Outbox.Claimed c) {
    try {
      String scope = scope(c.scopes());
      String lineItem = lineItem(c, scope);
      OutboundHttp.Answer a = call(c, scope, t -> ags.score(lineItem, t, c));
      if (a.status() == 404) {
        // The line item is gone from the platform (a teacher deleted the column): forget it, so
        // the next attempt finds or creates it again.
        lineItems.remove(c.tenantId() + "\n" + c.lineKey());
        outbox.forgetLineItem(c.tenantId(), c.lineKey(), lineItem);
        return Outbox.Outcome.later(
            c.id(), backoff(c), "score: platform answered 404 (the line item is gone)");
      }
      judge(a, "score");
      return Outbox.Outcome.sent(c.id());
    } catch (Refused e) {
      return Outbox.Outcome.failed(c.id(), e.getMessage());
    } catch (Later e) {
      return Outbox.Outcome.later(
          c.id(), e.retryAfterMs >= 0 ? e.retryAfterMs : backoff(c), e.getMessage());
    } catch (UnsafeUrlException e) {
      return Outbox.Outcome.failed(c.id(), "service URL refused: " + e.getMessage());
    } catch (ServiceTokens.TokenException e) {
      return Outbox.Outcome.later(c.id(), backoff(c), "no service token: " + e.getMessage());
    } catch (IOException e) {
      return Outbox.Outcome.later(
          c.id(), backoff(c), "platform unreachable: " + e.getClass().getSimpleName());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "AGS passback of " + c.id() + " failed unexpectedly", e);
      return Outbox.Outcome.later(
          c.id(), backoff(c), "unexpected error: " + e.getClass().getSimpleName());
    }
  }

  long backoff(Outbox.Claimed c) {
    return Leases.backoff(retryBaseMillis, c.attempts(), MAX_BACKOFF_MS);
  }

  /** The scopes to ask for: those of the launch that passback needs. */
  static String scope(String offered) {
    Set<String> s = new LinkedHashSet<>(List.of(offered.split(" ")));
    Set<String> want = new LinkedHashSet<>();
    if (s.contains(SCOPE_LINEITEM)) {
      want.add(SCOPE_LINEITEM);
    } else if (s.contains(SCOPE_LINEITEM_READONLY)) {
      want.add(SCOPE_LINEITEM_READONLY);
    }
    want.add(SCOPE_SCORE);
    return String.join(" ", want);
  }

  private String lineItem(Outbox.Claimed c, String scope) throws IOException, Refused, Later {
    String cacheKey = c.tenantId() + "\n" + c.lineKey();
    String cached = lineItems.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    Optional<String> known = outbox.knownLineItem(c.tenantId(), c.lineKey());
    if (known.isPresent() && known.get() != null) {
      lineItems.put(cacheKey, known.get());
      return known.get();
    }
    boolean reserved;
    try {
      reserved = outbox.reserveLineItem(c.tenantId(), c.lineKey(), c.lineItemsUrl(), c.yearStart());
    } catch (RuntimeException e) {
      reserved = false;
    }
    if (!reserved) {
      throw new Later("the line item is being created by another node", 1000);
    }
    boolean done = false;
    try {
      Set<String> courseLinks =
          c.contextRef() == null ? Set.of() : links.ofCourse(c.tenantId(), c.contextRef());
      Optional<String> found = Optional.empty();
      String page = AgsClient.filteredByTag(c.lineItemsUrl(), c.yearStart());
      Set<String> pages = new java.util.HashSet<>();
      while (page != null && found.isEmpty() && pages.add(page) && pages.size() <= MAX_PAGES) {
        String pageUrl = page;
        OutboundHttp.Answer list = call(c, scope, t -> ags.list(pageUrl, t));
        judge(list, "line items");
        try {
          found = AgsClient.find(list.body(), c.yearStart(), c.lineItemsUrl(), courseLinks);
        } catch (RuntimeException e) {
          throw new Later("the line-items list was not JSON", -1);
        }
        page = AgsClient.nextPage(list, pageUrl, c.lineItemsUrl()).orElse(null);
      }
      if (found.isEmpty()) {
        String resourceLinkId =
            c.contextRef() == null
                ? null
                : links.forNewLineItem(c.tenantId(), c.contextRef()).orElse(null);
        OutboundHttp.Answer created =
            call(
                c,
                scope,
                t ->
                    ags.create(
                        c.lineItemsUrl(),
                        t,
                        c.yearLabel(),
                        c.yearStart(),
                        c.scoreMaximum(),
                        resourceLinkId));
        judge(created, "new line item");
        found = AgsClient.createdId(created.body());
        if (found.isEmpty()) {
          throw new Refused("the platform created a line item but sent no id");
        }
      }
      outbox.lineItemFound(c.tenantId(), c.lineKey(), found.get());
      lineItems.put(cacheKey, found.get());
      done = true;
      return found.get();
    } finally {
      if (!done) {
        outbox.releaseLineItem(c.tenantId(), c.lineKey());
      }
    }
  }

  private interface Request {
    OutboundHttp.Answer send(String token) throws IOException;
  }

  /** One request with a service token; on 401 one fresh token and one more try. */
  private OutboundHttp.Answer call(Outbox.Claimed c, String scope, Request r) throws IOException {
    String token = tokens.token(c.tenantId(), scope);
    OutboundHttp.Answer a = r.send(token);
    if (a.status() == 401) {
      tokens.invalidate(c.tenantId(), scope, token);
      a = r.send(tokens.token(c.tenantId(), scope));
    }
    return a;
  }

  private static void judge(OutboundHttp.Answer a, String what) throws Refused, Later {
    int s = a.status();
    if (a.ok()) {
      return;
    }
    String reason = what + ": platform answered " + s + detail(a.body());
    // 409: the platform holds a score with a later timestamp (say, sent by another tool
    // instance or a clock that jumped): the next attempt takes a fresh, later timestamp.
    if (s == 408 || s == 409 || s == 425 || s == 429 || s >= 500 || s == 401) {
      throw new Later(reason, retryAfter(a));
    }
    throw new Refused(reason);
  }

  private static long retryAfter(OutboundHttp.Answer a) {
    return a.headers()
        .firstValue("Retry-After")
        .map(
            v -> {
              try {
                return Math.min(Long.parseLong(v.trim()) * 1000, MAX_BACKOFF_MS);
              } catch (NumberFormatException e) {
                return -1L;
              }
            })
        .orElse(-1L);
  }

  private static String detail(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String b = body.replaceAll("\\s+", " ").trim();
    return " (" + (b.length() > 200 ? b.substring(0, 200) + "…" : b) + ")";
  }
}
