package org.relance.admin;

import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.accounts.Role;
import org.relance.api.ApiSupport;
import org.relance.api.PersonalDataRoutes;
import org.relance.http.PathIds;
import org.relance.privacy.PersonalData;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The admin page's actions on a debtor's rights, for accounts with the admin role only (403
 * otherwise): {@code GET /web/api/cases/{id}/personal-data} downloads everything held on the
 * case's debtor; {@code POST /web/api/cases/{id}/personal-data/erase {"reason"}} (with the CSRF
 * token) erases it. The audit log names the account.
 */
final class PersonalDataWebRoutes extends ApiSupport {

  private final WebAccess access;
  private final PersonalData personalData;

  PersonalDataWebRoutes(String adminToken, WebAccess access, PersonalData personalData) {
    super(adminToken);
    this.access = access;
    this.personalData = personalData;
  }

  Route route() {
    return pathPrefix(PathMatchers.segment("web").slash("api").slash("cases"), () -> pathPrefix(PathIds.identifier(),
        id -> pathPrefix("personal-data", () -> access.signedIn(caller -> concat(
            pathEnd(() -> get(() -> respond(adminOnly(caller, () -> personalData.export(id, caller.account().email())
                .thenApply(export -> export.map(body -> json(StatusCodes.OK, body)).orElseGet(() -> notFound(id))))))),
            path("erase", () -> post(() -> access.changing(caller, () -> withBody(PersonalDataRoutes.ErasureBody.class, body -> {
              if (body.reason() == null || body.reason().isBlank()) {
                return complete(error(StatusCodes.BAD_REQUEST, "reason", "say why the data is erased"));
              }
              java.util.Optional<String> tooLong = org.relance.limits.InputLimits.text(body.reason(),
                  org.relance.limits.InputLimits.WORDS);
              if (tooLong.isPresent()) {
                return complete(error(StatusCodes.BAD_REQUEST, "reason", tooLong.get()));
              }
              return respond(adminOnly(caller, () -> personalData.erase(id, caller.account().email(), body.reason())
                  .thenApply(erasure -> erasure.map(PersonalDataRoutes::answer).orElseGet(() -> notFound(id)))));
            })))))))));
  }

  private static CompletionStage<HttpResponse> adminOnly(Caller caller, Supplier<CompletionStage<HttpResponse>> then) {
    return caller.account().role() == Role.ADMIN ? then.get() : CompletableFuture.completedFuture(
        error(StatusCodes.FORBIDDEN, null, "Only an administrator may export or erase a debtor's personal data."));
  }

  private static HttpResponse notFound(String id) {
    return error(StatusCodes.NOT_FOUND, null, "no case " + id);
  }
}
