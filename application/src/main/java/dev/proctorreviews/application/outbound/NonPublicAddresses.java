package dev.proctorreviews.application.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address blocks a webhook must not reach unless private networks are allowed: loopback, private
 * (RFC 1918, RFC 4193), link-local, unspecified and multicast, as the contract lists them, and the blocks that are
 * the same in effect (carrier-grade NAT, site-local, local-use NAT64, reserved and broadcast, discard-only).
 * Blocks that are merely not routed (documentation, benchmarking) are not refused: they reach nothing inside the
 * service's network, and clients use them as harmless example targets. IPv6 forms that carry an IPv4 address
 * (IPv4-mapped, NAT64, 6to4) are judged by the IPv4 address they carry, so {@code ::ffff:127.0.0.1} is loopback.
 */
final class NonPublicAddresses {
    private static final List<Block> V4 = List.of(
            block("0.0.0.0/8", "an unspecified (this-network)"),
            block("10.0.0.0/8", "a private (RFC 1918)"),
            block("100.64.0.0/10", "a shared carrier-grade NAT (RFC 6598)"),
            block("127.0.0.0/8", "a loopback"),
            block("169.254.0.0/16", "a link-local"),
            block("172.16.0.0/12", "a private (RFC 1918)"),
            block("192.168.0.0/16", "a private (RFC 1918)"),
            block("224.0.0.0/4", "a multicast"),
            block("240.0.0.0/4", "a reserved or broadcast"));
    private static final List<Block> V6 = List.of(
            block("::/128", "an unspecified"),
            block("::1/128", "a loopback"),
            block("::ffff:0:0:0/96", "an IPv4-translated (RFC 2765)"),
            block("::/96", "an IPv4-compatible (deprecated)"),
            block("64:ff9b:1::/48", "a local-use NAT64 (RFC 8215)"),
            block("100::/64", "a discard-only (RFC 6666)"),
            block("fc00::/7", "a unique local (RFC 4193)"),
            block("fe80::/10", "a link-local"),
            block("fec0::/10", "a site-local (deprecated)"),
            block("ff00::/8", "a multicast"));
    private static final Block NAT64 = block("64:ff9b::/96", "a NAT64");
    private static final Block SIX_TO_FOUR = block("2002::/16", "a 6to4");

    private NonPublicAddresses() {
    }

    /** What kind of non-public address this is ("a loopback address"), or empty when it is public. */
    static Optional<String> kindOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return find(V4, bytes);
        }
        if (isIpv4Mapped(bytes)) {
            return find(V4, Arrays.copyOfRange(bytes, 12, 16)).map(kind -> kind + " (IPv4-mapped)");
        }
        if (NAT64.contains(bytes)) {
            return find(V4, Arrays.copyOfRange(bytes, 12, 16)).map(kind -> kind + " (through NAT64)");
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return find(V4, Arrays.copyOfRange(bytes, 2, 6)).map(kind -> kind + " (through 6to4)");
        }
        return find(V6, bytes);
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    private static Optional<String> find(List<Block> blocks, byte[] bytes) {
        return blocks.stream().filter(b -> b.contains(bytes)).findFirst().map(b -> b.kind + " address");
    }

    private static Block block(String cidr, String kind) {
        int slash = cidr.indexOf('/');
        String literal = cidr.substring(0, slash);
        try {
            // Only literals: getByName parses them without any lookup. IPv6 literals are bracketed so that a
            // typo fails here instead of being sent to DNS.
            byte[] base = InetAddress.getByName(literal.contains(":") ? "[" + literal + "]" : literal).getAddress();
            if (literal.contains(":") && base.length == 4) {
                throw new IllegalStateException(cidr + " must not be written in IPv4-mapped form");
            }
            return new Block(base, Integer.parseInt(cidr.substring(slash + 1)), kind);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address block: " + cidr, e);
        }
    }

    private record Block(byte[] base, int prefixBits, String kind) {
        boolean contains(byte[] address) {
            if (address.length != base.length) {
                return false;
            }
            int whole = prefixBits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != base[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (base[whole] & mask);
        }
    }
}
