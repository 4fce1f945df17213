package org.relance.admin;

import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;
import org.relance.api.ApiSupport;
import org.relance.http.PathIds;
import org.relance.imports.FileImports;
import org.relance.imports.ImportStatus;
import org.relance.imports.LedgerColumn;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The admin page's imports under {@code /web/api/imports}: {@code POST ?business=&preview=true} with the
 * file as the body shows the headers and the mapping found; {@code POST ?business=&mapping=...} starts
 * the import with the mapping the owner chose; {@code GET /{id}} gives its progress. Only for an account
 * that may change the business's cases; a change through a session carries its CSRF token.
 */
final class ImportWebRoutes extends ApiSupport {

  private final WebAccess access;
  private final FileImports files;
  private final Executor blocking;

  ImportWebRoutes(String adminToken, WebAccess access, FileImports files, Executor blocking) {
    super(adminToken);
    this.access = access;
    this.files = files;
    this.blocking = blocking;
  }

  Route route() {
    return pathPrefix(PathMatchers.segment("web").slash("api").slash("imports"), () -> access.signedIn(caller ->
        concat(
            pathEnd(() -> post(() -> access.changing(caller, () -> parameter("business", business ->
                parameterOptional("mapping", mapping -> parameterOptional("preview", preview ->
                    entity(Unmarshaller.entityToByteArray(), bytes -> !caller.account().canChange(business)
                        ? complete(error(StatusCodes.FORBIDDEN, null, "Your account may not import for this business."))
                        : respond(upload(business, bytes, mapping.orElse(""), preview.isPresent()))))))))),
            path(PathIds.identifier(), id -> get(() -> respond(files.imports().status(id).thenApply(status -> status
                .filter(s -> caller.account().canRead(s.businessId()))
                .map(s -> json(StatusCodes.OK, s))
                .orElseGet(() -> error(StatusCodes.NOT_FOUND, null, "no import " + id)))))))));
  }

  private CompletionStage<HttpResponse> upload(String business, byte[] bytes, String mapping, boolean preview) {
    return CompletableFuture.supplyAsync(() -> files.prepare(bytes, mapping, !preview), blocking).thenCompose(prepared -> {
      if (prepared.refusal() != null) {
        return CompletableFuture.completedFuture(error(StatusCodes.BAD_REQUEST, prepared.field(), prepared.refusal()));
      }
      if (preview) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("headers", prepared.table().headers());
        body.put("columns", Arrays.stream(LedgerColumn.values()).map(c -> Map.of("name", c.wire(),
            "required", c.required())).toList());
        body.put("mapping", prepared.mappingByWire());
        body.put("rows", prepared.table().rows().size());
        body.put("eInvoice", prepared.eInvoice());
        return CompletableFuture.completedFuture(json(StatusCodes.OK, body));
      }
      return files.start(business, "admin", prepared, status -> {})
          .thenApply((ImportStatus status) -> json(StatusCodes.ACCEPTED, status));
    });
  }
}
