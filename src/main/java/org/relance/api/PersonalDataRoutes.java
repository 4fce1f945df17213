package org.relance.api;

import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.http.PathIds;
import org.relance.privacy.PersonalData;

import java.util.Map;

/**
 * The debtor's rights through the API (README "Personal data"): {@code GET
 * /api/cases/{id}/personal-data} exports everything held on the case's debtor, {@code POST
 * /api/cases/{id}/personal-data/erase {"reason"}} erases it (409 while one of their cases is open).
 * The API's bearer token is the administrator's, so both are the admin's; the audit names "api".
 */
public final class PersonalDataRoutes extends ApiSupport {

  /** Who the audit log names for a request through the API. */
  static final String API_ACTOR = "api (admin token)";

  /** The body of an erasure: why (required). */
  public record ErasureBody(String reason) {}

  private final PersonalData personalData;

  PersonalDataRoutes(String adminToken, PersonalData personalData) {
    super(adminToken);
    this.personalData = personalData;
  }

  Route route() {
    return pathPrefix("cases", () -> pathPrefix(PathIds.identifier(), id -> pathPrefix("personal-data", () -> concat(
        pathEnd(() -> get(() -> respond(personalData.export(id, API_ACTOR).thenApply(export -> export
            .map(body -> json(StatusCodes.OK, body))
            .orElseGet(() -> error(StatusCodes.NOT_FOUND, null, "no case " + id)))))),
        path("erase", () -> post(() -> withBody(ErasureBody.class, body -> {
          String reason = InvalidInput.required(ApiRequests.words(body.reason(), "reason"), "reason");
          InvalidInput.require(!reason.isBlank(), "reason", "say why the data is erased");
          return respond(personalData.erase(id, API_ACTOR, reason).thenApply(erasure -> erasure
              .map(PersonalDataRoutes::answer)
              .orElseGet(() -> error(StatusCodes.NOT_FOUND, null, "no case " + id))));
        })))))));
  }

  /** 200 with the cases erased, or 409 naming the debtor's cases still open (the admin page answers the same). */
  public static org.apache.pekko.http.javadsl.model.HttpResponse answer(PersonalData.Erasure erasure) {
    return erasure.stillOpen().isEmpty() ? json(StatusCodes.OK, Map.of("erased", erasure.erased()))
        : json(StatusCodes.CONFLICT, Map.of("error", "the debtor has cases still open: their data is needed to collect "
            + "the claim; close them first", "openCases", erasure.stillOpen()));
  }
}
