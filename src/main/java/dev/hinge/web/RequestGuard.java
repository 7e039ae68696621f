package dev.hinge.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a page on another site, or a site that rebinds its name to this machine, could make the
 * journal do, refused before any handler runs. The journal holds health answers, so:
 *
 * <ul>
 *   <li>the {@code Host} header must name this server ({@link #hosts}): a DNS-rebinding page
 *       reaches 127.0.0.1 under its own name, and its requests carry that name (421);
 *   <li>a request that changes something (POST, PUT, PATCH, DELETE) made by a browser must come
 *       from this server's own pages: {@code Sec-Fetch-Site} same-origin (or none: typed by the
 *       user), {@code Origin} one of this server's origins (403). A request with neither header
 *       does not come from a browser page (curl, scripts, the CLI) and is let through: a browser
 *       sends {@code Origin} on every cross-origin POST;
 *   <li>a JSON endpoint takes {@code application/json} only (415): a form or a {@code no-cors}
 *       fetch can send {@code text/plain} across sites without asking.
 * </ul>
 */
final class RequestGuard {
  /** Why a request is refused: HTTP status, error code and a one-line message. */
  record Refusal(int status, String code, String message) {}

  private final Set<String> hosts;

  private RequestGuard(Set<String> hosts) {
    this.hosts = Set.copyOf(hosts);
  }

  /**
   * The guard for a server bound to {@code bindHost} on {@code port}: loopback under its three
   * names, the bound name or address, and, bound to every address (0.0.0.0, ::), this machine's own
   * addresses and name.
   */
  static RequestGuard forServer(String bindHost, int port) {
    Set<String> names = new LinkedHashSet<>(List.of("127.0.0.1", "localhost", "[::1]"));
    names.add(hostName(bindHost));
    if (wildcard(bindHost)) {
      names.addAll(machineNames());
    }
    Set<String> hosts = new LinkedHashSet<>();
    for (String n : names) {
      String name = n.toLowerCase(Locale.ROOT);
      hosts.add(name + ":" + port);
      if (port == 80) {
        hosts.add(name);
      }
    }
    return new RequestGuard(hosts);
  }

  /** The {@code Host} values this server answers to, e.g. {@code 127.0.0.1:7070}. */
  Set<String> hosts() {
    return hosts;
  }

  /** What body an endpoint reads. */
  enum Body {
    NONE,
    JSON,
    MULTIPART
  }

  /**
   * Whether a request with this {@code Host} header (null when absent: not a browser) is for this
   * server; the refusal (421) otherwise.
   */
  Optional<Refusal> checkHost(String host) {
    if (host == null || hosts.contains(host.trim().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(
        new Refusal(
            421,
            "wrong_host",
            "Host '"
                + printable(host)
                + "' is not this server (it answers to "
                + String.join(", ", hosts)
                + "): a page on another site that points its name at this machine is not let in"));
  }

  /**
   * Whether a request may change something: from this server's own pages or not from a browser (403
   * otherwise), with the body its endpoint reads (415 otherwise). Header values as received, null
   * when absent; requests that change nothing pass.
   */
  Optional<Refusal> checkChange(
      String method, String origin, String fetchSite, String contentType, Body body) {
    if (!changes(method)) {
      return Optional.empty();
    }
    if (fetchSite != null) {
      String site = fetchSite.trim().toLowerCase(Locale.ROOT);
      if (!site.equals("same-origin") && !site.equals("none")) {
        return Optional.of(crossSite("Sec-Fetch-Site '" + printable(fetchSite) + "'"));
      }
    }
    if (origin != null && !ownOrigin(origin)) {
      return Optional.of(crossSite("Origin '" + printable(origin) + "'"));
    }
    String wanted =
        switch (body) {
          case JSON ->
              isJson(contentType) ? null : "a JSON body with Content-Type application/json";
          case MULTIPART ->
              isMultipart(contentType)
                  ? null
                  : "a multipart/form-data body (the video in the field 'file')";
          case NONE -> null;
        };
    if (wanted == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Refusal(
            415,
            "unsupported_media_type",
            "this endpoint takes "
                + wanted
                + ", found "
                + (contentType == null ? "no Content-Type" : "'" + printable(contentType) + "'")));
  }

  private static Refusal crossSite(String what) {
    return new Refusal(
        403,
        "cross_site",
        "refused a change requested from another site ("
            + what
            + "): the journal is written only from its own pages or from clients that are not"
            + " browsers");
  }

  /** POST, PUT, PATCH and DELETE change something; GET, HEAD and OPTIONS do not. */
  static boolean changes(String method) {
    return switch (method.toUpperCase(Locale.ROOT)) {
      case "GET", "HEAD", "OPTIONS" -> false;
      default -> true;
    };
  }

  private boolean ownOrigin(String origin) {
    String o = origin.trim().toLowerCase(Locale.ROOT);
    for (String scheme : new String[] {"http://", "https://"}) {
      if (o.startsWith(scheme) && hosts.contains(o.substring(scheme.length()))) {
        return true;
      }
    }
    return false;
  }

  /** {@code application/json}, with or without parameters such as {@code charset}. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return media.equals("application/json");
  }

  /** {@code multipart/form-data}, with its parameters (the boundary). */
  static boolean isMultipart(String contentType) {
    return contentType != null
        && contentType
            .split(";", 2)[0]
            .trim()
            .toLowerCase(Locale.ROOT)
            .equals("multipart/form-data");
  }

  /** A header value as it can be shown in a one-line message: at most 100 printable characters. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .limit(100)
        .forEach(c -> b.append(c < 0x20 || c == 0x7f ? '?' : Character.toString(c)));
    return s.codePointCount(0, s.length()) > 100 ? b + "…" : b.toString();
  }

  private static boolean wildcard(String bindHost) {
    try {
      return InetAddress.getByName(bindHost).isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** A name or address as it appears in a {@code Host} header: IPv6 literals in brackets. */
  static String hostName(String bindHost) {
    String h = bindHost.trim();
    if (h.startsWith("[")) {
      return h;
    }
    return h.contains(":") ? "[" + h + "]" : h;
  }

  private static Set<String> machineNames() {
    Set<String> names = new LinkedHashSet<>();
    try {
      names.add(InetAddress.getLocalHost().getHostName());
    } catch (UnknownHostException e) {
      // no name: the addresses will do
    }
    try {
      for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(ni.getInetAddresses())) {
          String literal = a.getHostAddress();
          int zone = literal.indexOf('%');
          if (zone >= 0) {
            literal = literal.substring(0, zone);
          }
          names.add(a instanceof Inet6Address ? "[" + literal + "]" : literal);
        }
      }
    } catch (SocketException e) {
      // no interfaces listed: loopback and the bound name only
    }
    return names;
  }
}
