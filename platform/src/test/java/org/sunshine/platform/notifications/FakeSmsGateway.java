package org.sunshine.platform.notifications;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server playing an SMS gateway: counts each number's messages and answers 500 for the
 * numbers told to fail, as a gateway does when it is down.
 */
final class FakeSmsGateway implements AutoCloseable {

  private static final Pattern MOBILE = Pattern.compile("\"mobile\":\"(\\d+)\"");
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

  /**
   * Message ids taken, as a real gateway de-duplicates them: a resent id is not delivered again.
   */
  final Set<String> taken = ConcurrentHashMap.newKeySet();

  final Set<String> failing = ConcurrentHashMap.newKeySet();

  /** Every post, duplicates included. */
  final AtomicInteger posts = new AtomicInteger();

  private final HttpServer server;

  FakeSmsGateway() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/sms",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          posts.incrementAndGet();
          Matcher m = MOBILE.matcher(body);
          String mobile = m.find() ? m.group(1) : "";
          Matcher id = ID.matcher(body);
          int status = failing.contains(mobile) || !id.find() ? 500 : 200;
          if (status == 200 && taken.add(id.group(1))) {
            received.computeIfAbsent(mobile, k -> new AtomicInteger()).incrementAndGet();
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
  }

  int count(String mobile) {
    AtomicInteger n = received.get(mobile);
    return n == null ? 0 : n.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
