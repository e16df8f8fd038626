package dev.proctorreviews.http;

import dev.proctorreviews.application.port.in.staff.LocalPath;
import dev.proctorreviews.application.port.in.staff.MintSignInLinkUseCase;
import dev.proctorreviews.domain.user.UserId;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in links for the review pages (contract 7.2): the platform, which already knows its staff, mints a
 * one-time link for a user and sends them into a page with it.
 */
final class SignInLinkRoutes implements RouteGroup {
    private static final Set<String> FIELDS = Set.of("return_to");

    private final MintSignInLinkUseCase links;

    SignInLinkRoutes(MintSignInLinkUseCase links) {
        this.links = links;
    }

    @Override
    public void register(GuardedRoutes routes) {
        routes.post(API + "/users/{user_id}/sign-in-links", this::mint);
    }

    private void mint(Context ctx) {
        UserId id = new UserId(Params.pathId(ctx, "user_id"));
        RequestBody body = RequestBody.of(ctx, FIELDS);
        Optional<String> returnTo = body.requiredText("return_to", LocalPath.MAX_LENGTH);
        body.orReject();
        Answers.signInLink(links.mint(id, returnTo.get())).writeTo(ctx);
    }
}
