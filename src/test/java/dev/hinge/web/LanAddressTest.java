package dev.hinge.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.web.LanAddress.Candidate;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanAddressTest {
  static Candidate c(String name, String address, boolean up) throws Exception {
    return new Candidate(name, InetAddress.getByName(address), up, name.equals("lo"));
  }

  @Test
  void aPrivateAddressOfTheWifiIsChosenOverLoopbackBridgesTunnelsAndIpv6() throws Exception {
    List<Candidate> all =
        List.of(
            c("lo", "127.0.0.1", true),
            c("docker0", "172.17.0.1", true),
            c("tun0", "10.8.0.2", true),
            c("wg0", "10.9.0.2", true),
            c("wlp2s0", "fe80::1", true),
            c("wlp2s0", "2001:db8::5", true),
            c("eth1", "192.168.7.9", false),
            c("wlp2s0", "192.168.1.23", true));
    assertThat(LanAddress.choose(all)).contains(InetAddress.getByName("192.168.1.23"));
  }

  @Test
  void aPublicAddressIsTakenOnlyWhenNoPrivateOneIsUp() throws Exception {
    assertThat(
            LanAddress.choose(List.of(c("eth0", "192.0.2.2", true), c("eth1", "10.0.0.4", true))))
        .contains(InetAddress.getByName("10.0.0.4"));
    assertThat(LanAddress.choose(List.of(c("eth0", "192.0.2.2", true))))
        .contains(InetAddress.getByName("192.0.2.2"));
  }

  @Test
  void noneWillDoWithoutANetwork() throws Exception {
    assertThat(
            LanAddress.choose(
                List.of(
                    c("lo", "127.0.0.1", true),
                    c("docker0", "172.17.0.1", true),
                    c("eth0", "169.254.3.3", true),
                    c("eth1", "192.168.1.2", false))))
        .isEmpty();
  }
}
