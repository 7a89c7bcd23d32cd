package org.sunshine.platform.notifications;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP server answering like WeChat's subscription-message endpoint. */
final class FakeWechat implements AutoCloseable {

  /** Openids whose owner refuses the template (errcode 43101). */
  final Set<String> refusing = ConcurrentHashMap.newKeySet();

  final List<String> received = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  FakeWechat() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/wx",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          boolean refused = refusing.stream().anyMatch(body::contains);
          if (!refused) {
            received.add(body);
          }
          byte[] answer =
              (refused ? "{\"errcode\":43101,\"errmsg\":\"user refuse\"}" : "{\"errcode\":0}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/wx";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
