package dev.proctorreviews.application.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which URLs a subscription may push to. The syntax rule (absolute http or https, at most 2,000 characters, no
 * user-info) always holds; the address rule (no loopback, private, link-local, unspecified, multicast or other
 * non-public address, also not behind a host name) holds unless private networks are allowed, so that a
 * subscription cannot turn the service into a probe of the network it runs in (SSRF). The check is made when a
 * subscription is created and again for every connection, on the addresses that connection then uses, because
 * a name's answer can change in between (DNS rebinding). A name that does not resolve when the subscription is
 * created is accepted (the platform may register its receiver's name later; nothing can be reached through it
 * yet); a connection to a name that does not resolve is refused, as it cannot be shown to be public.
 */
public final class TargetPolicy {
    public static final int MAX_URL_LENGTH = 2_000;
    public static final String ALLOW_PRIVATE_VARIABLE = "PROCTOR_OUTBOUND_ALLOW_PRIVATE_NETWORKS";

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final boolean privateNetworksAllowed;
    private final HostResolver resolver;

    public TargetPolicy(boolean privateNetworksAllowed, HostResolver resolver) {
        this.privateNetworksAllowed = privateNetworksAllowed;
        this.resolver = resolver;
    }

    public boolean privateNetworksAllowed() {
        return privateNetworksAllowed;
    }

    /** The whole rule for a subscription URL, as written by the client. */
    public TargetVerdict checkUrl(String url) {
        if (url == null || url.isBlank()) {
            return new TargetVerdict.Malformed("is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            return new TargetVerdict.Malformed("must be at most 2,000 characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new TargetVerdict.Malformed("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            return new TargetVerdict.Malformed("must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return new TargetVerdict.Malformed("must not contain user information");
        }
        if (uri.getHost() == null) {
            return new TargetVerdict.Malformed("must name a valid host");
        }
        if (uri.getPort() > 65_535) {
            return new TargetVerdict.Malformed("has a port beyond 65535");
        }
        List<InetAddress> addresses;
        try {
            addresses = addressesOf(uri.getHost());
        } catch (UnknownHostException e) {
            addresses = List.of();
        }
        return addresses.isEmpty() ? new TargetVerdict.Allowed(List.of()) : judge(uri.getHost(), addresses);
    }

    /**
     * The address rule for one host (a name, an IPv4 literal or a bracketed IPv6 literal), resolved once: the
     * caller connects to the returned addresses and to nothing else.
     */
    public TargetVerdict checkHost(String host) {
        List<InetAddress> addresses;
        try {
            addresses = addressesOf(host);
        } catch (UnknownHostException e) {
            return new TargetVerdict.NotAllowed(host + " does not resolve");
        }
        if (addresses.isEmpty()) {
            return new TargetVerdict.NotAllowed(host + " does not resolve");
        }
        return judge(host, addresses);
    }

    private TargetVerdict judge(String host, List<InetAddress> addresses) {
        if (!privateNetworksAllowed) {
            for (InetAddress address : addresses) {
                Optional<String> kind = NonPublicAddresses.kindOf(address);
                if (kind.isPresent()) {
                    String shown = address.getHostAddress();
                    return new TargetVerdict.NotAllowed((isLiteral(host) ? shown : host + " resolves to " + shown)
                            + ", " + kind.get() + " (set " + ALLOW_PRIVATE_VARIABLE + "=true to allow it)");
                }
            }
        }
        return new TargetVerdict.Allowed(addresses);
    }

    /** Literals are parsed here, without a lookup; only names go to the resolver. */
    private List<InetAddress> addressesOf(String host) throws UnknownHostException {
        if (host.startsWith("[") && host.endsWith("]")) {
            // Bracketed, getByName accepts only an IPv6 literal and never asks DNS.
            return List.of(InetAddress.getByName(host));
        }
        if (IPV4_LITERAL.matcher(host).matches()) {
            String[] parts = host.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(parts[i]);
                if (octet > 255) {
                    throw new UnknownHostException(host + " is not an IPv4 address");
                }
                bytes[i] = (byte) octet;
            }
            return List.of(InetAddress.getByAddress(bytes));
        }
        return resolver.addressesOf(host);
    }

    private static boolean isLiteral(String host) {
        return host.startsWith("[") || IPV4_LITERAL.matcher(host).matches();
    }
}
