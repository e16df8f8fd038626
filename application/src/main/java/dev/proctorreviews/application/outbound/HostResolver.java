package dev.proctorreviews.application.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into the addresses it stands for right now. A port so that the target check can be proven
 * against names that resolve to private addresses (or change their answer) without a real DNS server.
 */
public interface HostResolver {
    /** @throws UnknownHostException when the name does not resolve */
    List<InetAddress> addressesOf(String host) throws UnknownHostException;

    /** The operating system's resolver, through the JVM's own cache. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
