package dev.hinge.web;

import dev.hinge.core.HingeException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The address a phone on the same Wi-Fi reaches this machine at ({@code hinge serve --lan}): an
 * IPv4 address of an interface that is up, not loopback and not a container bridge or VPN tunnel,
 * private (10/8, 172.16/12, 192.168/16) before public.
 */
public final class LanAddress {
  /** One address of one interface, as the chooser sees it. */
  public record Candidate(
      String interfaceName, InetAddress address, boolean up, boolean loopback) {}

  /** Interfaces a phone on the Wi-Fi cannot reach: container bridges, VMs, VPN tunnels. */
  private static final List<String> NOT_LAN =
      List.of(
          "docker",
          "br-",
          "veth",
          "virbr",
          "vmnet",
          "vboxnet",
          "tun",
          "tap",
          "wg",
          "utun",
          "zt",
          "tailscale",
          "cni",
          "flannel",
          "podman",
          "lxc",
          "lxd");

  private LanAddress() {}

  /**
   * This machine's LAN address.
   *
   * @throws HingeException INVALID_INPUT naming the addresses seen when none will do
   */
  public static InetAddress find() {
    List<Candidate> all = candidates();
    return choose(all)
        .orElseThrow(
            () ->
                HingeException.invalidInput(
                    "no LAN address found for --lan (an IPv4 address of a network interface that"
                        + " is up; seen: "
                        + (all.isEmpty()
                            ? "none"
                            : String.join(
                                ", ",
                                all.stream()
                                    .map(
                                        c -> c.interfaceName() + " " + c.address().getHostAddress())
                                    .toList()))
                        + "): join the Wi-Fi, or give the address with --host"));
  }

  /** The best candidate, if any will do; pure, for tests. */
  public static Optional<InetAddress> choose(List<Candidate> candidates) {
    return candidates.stream()
        .filter(c -> c.up() && !c.loopback() && c.address() instanceof Inet4Address)
        .filter(c -> !c.address().isLinkLocalAddress() && !c.address().isLoopbackAddress())
        .filter(c -> !c.address().isAnyLocalAddress() && !c.address().isMulticastAddress())
        .filter(c -> !virtual(c.interfaceName()))
        .min(Comparator.comparingInt(LanAddress::rank))
        .map(Candidate::address);
  }

  /** Private addresses first. */
  private static int rank(Candidate c) {
    return c.address().isSiteLocalAddress() ? 0 : 1;
  }

  private static boolean virtual(String interfaceName) {
    String name = interfaceName.toLowerCase(Locale.ROOT);
    return NOT_LAN.stream().anyMatch(name::startsWith);
  }

  private static List<Candidate> candidates() {
    List<Candidate> out = new ArrayList<>();
    try {
      for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        boolean up = ni.isUp();
        boolean loopback = ni.isLoopback();
        for (InetAddress a : Collections.list(ni.getInetAddresses())) {
          out.add(new Candidate(ni.getName(), a, up, loopback));
        }
      }
    } catch (SocketException e) {
      // no interfaces listed: none to choose from
    }
    return out;
  }
}
