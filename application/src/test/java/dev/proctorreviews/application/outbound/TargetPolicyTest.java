package dev.proctorreviews.application.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetPolicyTest {
    /** A resolver with a fixed answer per name; every other name does not resolve. */
    private static final class FixedResolver implements HostResolver {
        private final Map<String, List<InetAddress>> answers = new HashMap<>();
        private int lookups;

        FixedResolver answer(String host, String... addresses) {
            answers.put(host, java.util.Arrays.stream(addresses).map(TargetPolicyTest::literal).toList());
            return this;
        }

        @Override
        public List<InetAddress> addressesOf(String host) throws UnknownHostException {
            lookups++;
            List<InetAddress> found = answers.get(host);
            if (found == null) {
                throw new UnknownHostException(host);
            }
            return found;
        }
    }

    private final FixedResolver resolver = new FixedResolver()
            .answer("lms.example.org", "93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c")
            .answer("internal.example.org", "10.1.2.3")
            .answer("mixed.example.org", "93.184.215.14", "192.168.1.10")
            .answer("localhost", "127.0.0.1", "::1")
            .answer("ula.example.org", "fd12:3456:789a::1")
            .answer("nothing.example.org");
    private final TargetPolicy strict = new TargetPolicy(false, resolver);
    private final TargetPolicy lenient = new TargetPolicy(true, resolver);

    static InetAddress literal(String text) {
        try {
            return InetAddress.getByName(text.contains(":") ? "[" + text + "]" : text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String refusal(TargetVerdict verdict) {
        return verdict.fold(allowed -> "allowed", malformed -> "malformed: " + malformed.reason(),
                notAllowed -> notAllowed.reason());
    }

    @Test
    void aPublicHttpsUrlIsAllowedWithAllItsCheckedAddresses() {
        TargetVerdict verdict = strict.checkUrl("https://lms.example.org/hooks/proctoring?x=1");
        assertThat(verdict).isInstanceOf(TargetVerdict.Allowed.class);
        assertThat(((TargetVerdict.Allowed) verdict).addresses())
                .containsExactly(literal("93.184.215.14"), literal("2606:2800:21f:cb07:6820:80da:af6b:8b2c"));
        assertThat(strict.checkUrl("HTTP://lms.example.org:8080/")).isInstanceOf(TargetVerdict.Allowed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lms.example.org/hooks", "/hooks", "ftp://lms.example.org/", "mailto:a@b.org",
            "https://", "https://user:pw@lms.example.org/", "https://user@lms.example.org/", "https://lms example.org/",
            "https://lms.example.org:99999/", "https://exa_mple.org/", "http://127.1/",
            "javascript:alert(1)", "file:///etc/passwd"})
    void urlsBreakingTheSyntaxRuleAreMalformed(String url) {
        assertThat(strict.checkUrl(url)).isInstanceOf(TargetVerdict.Malformed.class);
        assertThat(lenient.checkUrl(url)).isInstanceOf(TargetVerdict.Malformed.class);
    }

    @Test
    void aUrlOfMoreThan2000CharactersIsMalformedAndOneOfExactly2000IsNot() {
        String base = "https://lms.example.org/";
        String exactly = base + "a".repeat(2_000 - base.length());
        assertThat(strict.checkUrl(exactly)).isInstanceOf(TargetVerdict.Allowed.class);
        assertThat(refusal(strict.checkUrl(exactly + "a"))).isEqualTo("malformed: must be at most 2,000 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.255.254", "10.0.0.1", "172.16.0.1", "172.31.255.255",
            "192.168.0.1", "169.254.169.254", "0.0.0.0", "0.1.2.3", "100.64.0.1", "100.127.255.255", "224.0.0.1",
            "239.255.255.250", "255.255.255.255", "240.0.0.1"})
    void nonPublicIpv4LiteralsAreRefused(String address) {
        assertThat(strict.checkUrl("http://" + address + ":8080/hook")).isInstanceOf(TargetVerdict.NotAllowed.class);
        assertThat(lenient.checkUrl("http://" + address + ":8080/hook")).isInstanceOf(TargetVerdict.Allowed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.215.14", "172.15.255.255", "172.32.0.0", "100.63.255.255",
            "100.128.0.0", "192.167.255.255", "169.253.0.1", "223.255.255.255", "11.0.0.1", "192.0.2.1",
            "198.51.100.7", "203.0.113.9", "198.18.0.1"})
    void publicIpv4LiteralsAreAllowed(String address) {
        assertThat(strict.checkUrl("https://" + address + "/")).isInstanceOf(TargetVerdict.Allowed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"::1", "::", "fc00::1", "fd12:3456:789a::1", "fe80::1", "febf::1", "fec0::1", "ff02::1",
            "ff0e::1", "100::1", "64:ff9b:1::1", "::7f00:1", "::ffff:0:7f00:1"})
    void nonPublicIpv6LiteralsAreRefused(String address) {
        assertThat(strict.checkUrl("https://[" + address + "]/")).isInstanceOf(TargetVerdict.NotAllowed.class);
        assertThat(lenient.checkUrl("https://[" + address + "]/")).isInstanceOf(TargetVerdict.Allowed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "2001:4860:4860::8888",
            "64:ff9b::808:808", "2002:808:808::1", "::ffff:8.8.8.8", "2001:db8::1"})
    void publicIpv6LiteralsAreAllowed(String address) {
        assertThat(strict.checkUrl("https://[" + address + "]/")).isInstanceOf(TargetVerdict.Allowed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::ffff:7f00:1",
            "64:ff9b::7f00:1", "64:ff9b::a00:1", "2002:7f00:1::1", "2002:c0a8:101::1"})
    void ipv6FormsCarryingANonPublicIpv4AddressAreRefused(String address) {
        assertThat(refusal(strict.checkUrl("https://[" + address + "]/"))).contains("address");
        assertThat(strict.checkUrl("https://[" + address + "]/")).isInstanceOf(TargetVerdict.NotAllowed.class);
    }

    @Test
    void anIpv4MappedAddressTheResolverReturnsAsIpv6IsJudgedByItsIpv4Part() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[15] = 1;
        InetAddress asIpv6 = java.net.Inet6Address.getByAddress("mapped.example.org", mapped, -1);
        TargetPolicy policy = new TargetPolicy(false, host -> List.of(asIpv6));
        assertThat(refusal(policy.checkHost("mapped.example.org"))).contains("a loopback address (IPv4-mapped)");
    }

    @Test
    void aHostNameResolvingToAPrivateAddressIsRefusedAndTheReasonNamesBoth() {
        assertThat(refusal(strict.checkUrl("https://internal.example.org/hooks")))
                .isEqualTo("internal.example.org resolves to 10.1.2.3, a private (RFC 1918) address"
                        + " (set PROCTOR_OUTBOUND_ALLOW_PRIVATE_NETWORKS=true to allow it)");
        assertThat(refusal(strict.checkUrl("https://ula.example.org/"))).contains("unique local (RFC 4193)");
        assertThat(refusal(strict.checkUrl("http://localhost:7070/"))).contains("loopback");
    }

    @Test
    void oneNonPublicAddressAmongPublicOnesIsEnoughToRefuse() {
        assertThat(strict.checkUrl("https://mixed.example.org/")).isInstanceOf(TargetVerdict.NotAllowed.class);
        assertThat(lenient.checkUrl("https://mixed.example.org/")).isInstanceOf(TargetVerdict.Allowed.class);
    }

    @Test
    void aNameThatDoesNotResolveYetIsAcceptedForASubscriptionButRefusedForAConnection() {
        assertThat(strict.checkUrl("https://unknown.example.org/")).isEqualTo(new TargetVerdict.Allowed(List.of()));
        assertThat(lenient.checkUrl("https://nothing.example.org/")).isEqualTo(new TargetVerdict.Allowed(List.of()));
        assertThat(refusal(strict.checkHost("unknown.example.org"))).isEqualTo("unknown.example.org does not resolve");
        assertThat(lenient.checkHost("nothing.example.org")).isInstanceOf(TargetVerdict.NotAllowed.class);
    }

    @Test
    void literalsAreNeverSentToTheResolver() {
        strict.checkUrl("https://8.8.8.8/");
        strict.checkUrl("https://[::1]/");
        strict.checkUrl("https://999.1.1.1/");
        assertThat(resolver.lookups).isZero();
        assertThat(strict.checkHost("999.1.1.1")).isInstanceOf(TargetVerdict.NotAllowed.class);
    }

    @Test
    void numericHostFormsTheSystemResolverAcceptsAreJudgedByTheAddressTheyBecome() {
        TargetPolicy system = new TargetPolicy(false, HostResolver.system());
        assertThat(refusal(system.checkUrl("http://2130706433/"))).contains("127.0.0.1", "loopback");
    }

    @Test
    void aNameIsCheckedAgainstItsCurrentAnswerEachTime() {
        FixedResolver rebinding = new FixedResolver().answer("rebind.example.org", "93.184.215.14");
        TargetPolicy policy = new TargetPolicy(false, rebinding);
        assertThat(policy.checkHost("rebind.example.org")).isInstanceOf(TargetVerdict.Allowed.class);
        rebinding.answer("rebind.example.org", "127.0.0.1");
        assertThat(policy.checkHost("rebind.example.org")).isInstanceOf(TargetVerdict.NotAllowed.class);
    }
}
