package org.relance.debtorpage;

import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.api.ApiSupport;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.gateway.CaseGateway;
import org.relance.http.PathIds;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The owner's side of the page link in the JSON API: {@code GET /api/cases/{id}/page} answers the
 * case's page address ({@code {"url": ...}}, the same every time), {@code POST} replaces it (the link
 * given before opens nothing any more, the verification tries start again). 404 for an unknown case.
 */
final class PageApiRoutes extends ApiSupport {

  private final DebtorPageLinks links;
  private final CaseGateway gateway;
  private final Executor blocking;

  PageApiRoutes(String adminToken, DebtorPageLinks links, CaseGateway gateway, Executor blocking) {
    super(adminToken);
    this.links = links;
    this.gateway = gateway;
    this.blocking = blocking;
  }

  Route route() {
    return pathPrefix("api", () -> authenticated(() -> path(PathMatchers.segment("cases").slash(PathIds.identifier())
        .slash("page"), id -> concat(
        get(() -> respond(gateway.ask(id, CaseCommand.Get::new).thenCompose(reply -> reply instanceof CaseReply.Accepted
            ? CompletableFuture.supplyAsync(() -> json(StatusCodes.OK, Map.of("url", links.urlFor(id))), blocking)
            : CompletableFuture.completedFuture(caseResponse(reply, StatusCodes.OK))))),
        post(() -> respond(gateway.ask(id, CaseCommand.Get::new).thenCompose(reply -> reply instanceof CaseReply.Accepted
            ? CompletableFuture.supplyAsync(() -> json(StatusCodes.CREATED, Map.of("url", links.reissue(id))), blocking)
            : CompletableFuture.completedFuture(caseResponse(reply, StatusCodes.CREATED)))))))));
  }
}
