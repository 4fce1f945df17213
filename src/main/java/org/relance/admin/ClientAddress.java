package org.relance.admin;

import org.apache.pekko.http.javadsl.model.AttributeKeys;
import org.apache.pekko.http.javadsl.model.HttpRequest;
import org.apache.pekko.http.javadsl.model.RemoteAddress;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

import java.net.InetAddress;
import java.util.function.Function;

/**
 * The address a sign-in comes from: the connection's peer (Pekko's {@code remote-address-attribute},
 * switched on in {@code relance-runtime.conf}). {@code X-Forwarded-For} is ignored unless
 * {@code relance.admin.trust-forwarded-for} says a reverse proxy in front appends it; then its last
 * entry, the one that proxy wrote, is taken. (Pekko's {@code extractClientIP} would believe any
 * client's header.)
 */
final class ClientAddress extends AllDirectives {

  static final String UNKNOWN = "unknown";

  private final boolean trustForwardedFor;

  ClientAddress(boolean trustForwardedFor) {
    this.trustForwardedFor = trustForwardedFor;
  }

  Route of(Function<String, Route> inner) {
    return extractRequest(request -> inner.apply(address(request)));
  }

  private String address(HttpRequest request) {
    if (trustForwardedFor) {
      String forwarded = request.getHeader("X-Forwarded-For").map(h -> h.value()).orElse("");
      String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
      if (!last.isEmpty()) {
        return last;
      }
    }
    return request.getAttribute(AttributeKeys.remoteAddress).flatMap(RemoteAddress::getAddress)
        .map(InetAddress::getHostAddress).orElse(UNKNOWN);
  }
}
