package org.sunshine.platform.infrastructure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Behind a reverse proxy every request comes from the proxy's address: audit rows, rate limits, the
 * kiosk check and the metrics check would all see it. The proxies are named explicitly ({@code
 * sunshine.web.trusted-proxies}, exact addresses); only from them are {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} believed — Tomcat then sees the client's address, and a request that
 * reached the proxy over TLS is secure (Secure session cookie, HSTS). From anyone else the headers
 * change nothing. Nothing is trusted by default.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

  private final List<String> proxies;

  TrustedProxies(@Value("${sunshine.web.trusted-proxies:}") List<String> proxies) {
    this.proxies = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    this.proxies.forEach(TrustedProxies::requireAddress);
  }

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    if (proxies.isEmpty()) {
      return;
    }
    RemoteIpValve valve = new RemoteIpValve();
    valve.setInternalProxies(regex(proxies));
    valve.setTrustedProxies(regex(proxies));
    valve.setRemoteIpHeader("X-Forwarded-For");
    valve.setProtocolHeader("X-Forwarded-Proto");
    valve.setProtocolHeaderHttpsValue("https");
    valve.setPortHeader("X-Forwarded-Port");
    factory.addEngineValves(valve);
  }

  /** Tomcat matches proxies by regular expression: exact addresses, quoted, nothing wider. */
  static String regex(List<String> addresses) {
    return addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  private static void requireAddress(String address) {
    boolean literal = address.matches("[0-9.]+") || address.contains(":");
    try {
      if (!literal || InetAddress.getByName(address) == null) {
        throw new UnknownHostException(address);
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException(
          "sunshine.web.trusted-proxies: an IP address of a proxy, not '" + address + "'");
    }
  }
}
