package dev.proctorreviews.application.outbound;

import java.net.InetAddress;
import java.util.List;
import java.util.function.Function;

/**
 * Whether a webhook target may be used: {@link Allowed} with the addresses that were checked (connect to these,
 * not to a fresh lookup; none for a subscription URL whose name does not resolve yet), {@link Malformed} when the URL breaks the syntax rule (a validation error on
 * {@code url}), {@link NotAllowed} when its host is or resolves to an address that is not public
 * ({@code url_not_allowed}).
 */
public sealed interface TargetVerdict {
    <T> T fold(Function<Allowed, T> allowed, Function<Malformed, T> malformed, Function<NotAllowed, T> notAllowed);

    record Allowed(List<InetAddress> addresses) implements TargetVerdict {
        /** Empty only for a subscription URL whose name does not resolve yet: each connection checks it again. */
        public Allowed {
            addresses = List.copyOf(addresses);
        }

        @Override
        public <T> T fold(Function<Allowed, T> allowed, Function<Malformed, T> malformed,
                Function<NotAllowed, T> notAllowed) {
            return allowed.apply(this);
        }
    }

    record Malformed(String reason) implements TargetVerdict {
        @Override
        public <T> T fold(Function<Allowed, T> allowed, Function<Malformed, T> malformed,
                Function<NotAllowed, T> notAllowed) {
            return malformed.apply(this);
        }
    }

    record NotAllowed(String reason) implements TargetVerdict {
        @Override
        public <T> T fold(Function<Allowed, T> allowed, Function<Malformed, T> malformed,
                Function<NotAllowed, T> notAllowed) {
            return notAllowed.apply(this);
        }
    }
}
