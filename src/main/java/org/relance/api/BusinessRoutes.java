package org.relance.api;

import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.gateway.CaseGateway;
import org.relance.http.PathIds;
import org.relance.business.Business;
import org.relance.business.BusinessProfile;
import org.relance.business.TermsRefresh;
import org.relance.invitations.Invitations;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * {@code /api/businesses}: register a business (answered with its owner's invitation link), read it,
 * change its settings (its open cases take the new time zone, ladder and policy), issue a new
 * owner invitation ({@code POST /api/businesses/{id}/invitation}).
 */
final class BusinessRoutes extends ApiSupport {

  private final CaseGateway cases;
  private final TermsRefresh terms;
  private final Executor blocking;
  private final Invitations invitations;

  BusinessRoutes(String adminToken, CaseGateway cases,
                 TermsRefresh terms, Executor blocking, Invitations invitations) {
    super(adminToken);
    this.cases = cases;
    this.terms = terms;
    this.blocking = blocking;
    this.invitations = invitations;
  }

  Route route() {
    return pathPrefix("businesses", () -> concat(
        pathEnd(() -> post(() -> withIdempotencyKey(key -> withBody(ApiRequests.BusinessBody.class, body -> {
          BusinessProfile profile = validated(body);
          String id = key == null ? UUID.randomUUID().toString()
              : UUID.nameUUIDFromBytes(("business:" + key).getBytes(StandardCharsets.UTF_8)).toString();
          return respond(cases.askBusiness(id, r -> new Business.Register(profile, r)).thenCompose(reply ->
              reply.profile().isPresent() ? invited(id, reply.profile().get())
              : cases.askBusiness(id, Business.Get::new).thenCompose(existing ->
                  key != null && existing.profile().isPresent() ? invited(id, existing.profile().get())
                  : CompletableFuture.completedFuture(error(StatusCodes.CONFLICT, null, reply.refusal())))));
        })))),
        pathPrefix(PathIds.identifier(), id -> concat(path("invitation", () -> post(() -> respond(
            cases.askBusiness(id, Business.Get::new).thenCompose(reply -> reply.profile().isPresent()
                ? CompletableFuture.supplyAsync(() -> json(StatusCodes.CREATED,
                    ApiJson.invitation(invitations.issueForOwner(id))), blocking)
                : CompletableFuture.completedFuture(error(StatusCodes.NOT_FOUND, null, "no business " + id)))))),
            pathEnd(() -> concat(
            get(() -> respond(cases.askBusiness(id, Business.Get::new).thenApply(reply -> reply.profile()
                .map(p -> json(StatusCodes.OK, view(id, p)))
                .orElseGet(() -> error(StatusCodes.NOT_FOUND, null, "no business " + id))))),
            put(() -> withBody(ApiRequests.BusinessBody.class, body -> {
              BusinessProfile profile = validated(body);
              return respond(cases.askBusiness(id, r -> new Business.ChangeProfile(profile, r))
                  .thenCompose(reply -> reply.profile()
                  .map(p -> terms.request(id).thenApply(upToDate -> {
                    Map<String, Object> view = view(id, p);
                    view.put("casesUpdating", !upToDate);
                    return json(StatusCodes.OK, view);
                  }))
                  .orElseGet(() -> CompletableFuture.completedFuture(
                      error(StatusCodes.NOT_FOUND, null, "no business " + id)))));
            }))))))));
  }

  /** The business as registered, with a fresh owner invitation. */
  private CompletableFuture<org.apache.pekko.http.javadsl.model.HttpResponse> invited(String id, BusinessProfile profile) {
    return CompletableFuture.supplyAsync(() -> {
      Map<String, Object> view = view(id, profile);
      view.put("invitation", ApiJson.invitation(invitations.issueForOwner(id)));
      return json(StatusCodes.CREATED, view);
    }, blocking);
  }

  private BusinessProfile validated(ApiRequests.BusinessBody body) {
    BusinessProfile profile = body.toProfile();
    try {
      cases.ladder().withOverrides(profile.ladderOverrides());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("ladderOverrides", e.getMessage());
    }
    return profile;
  }

  private static Map<String, Object> view(String id, BusinessProfile profile) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", id);
    view.putAll(ApiJson.mapper().convertValue(profile, Map.class));
    return view;
  }
}
