package org.relance.imports;

import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;
import org.relance.api.ApiSupport;
import org.relance.http.PathIds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The imports in the JSON API: {@code POST /api/businesses/{id}/imports} with the file as the body
 * ({@code text/csv}, the XLSX type, a Factur-X PDF or a CII/UBL XML; {@code ?mapping=client=Raison
 * sociale;remaining=} changes the mapping found from the headers) answers 202 with the import's id and
 * the mapping used; {@code GET /api/imports/{id}} gives its progress and counts. Behind the admin token.
 */
public final class ImportRoutes extends ApiSupport {

  private final Imports imports;
  private final FileImports files;
  private final Executor blocking;

  public ImportRoutes(String adminToken, Imports imports, FileImports files, Executor blocking) {
    super(adminToken);
    this.imports = imports;
    this.files = files;
    this.blocking = blocking;
  }

  public Route route() {
    return pathPrefix("api", () -> authenticated(() -> concat(
        pathPrefix("businesses", () -> pathPrefix(PathIds.identifier(), businessId -> path("imports", () ->
            post(() -> parameterOptional("mapping", mapping -> entity(Unmarshaller.entityToByteArray(), bytes ->
                respond(upload(businessId, bytes, mapping)))))))),
        pathPrefix("imports", () -> pathPrefix(PathIds.identifier(), id -> pathEnd(() -> get(() ->
            respond(imports.status(id).thenApply(status -> status.map(s -> json(StatusCodes.OK, s))
                .orElseGet(() -> error(StatusCodes.NOT_FOUND, null, "no import " + id)))))))))));
  }

  private CompletionStage<HttpResponse> upload(String businessId, byte[] bytes, Optional<String> mapping) {
    return CompletableFuture.supplyAsync(() -> files.prepare(bytes, mapping.orElse("")), blocking)
        .thenCompose(prepared -> prepared.refusal() != null
            ? CompletableFuture.completedFuture(error(StatusCodes.BAD_REQUEST, prepared.field(), prepared.refusal()))
            : files.start(businessId, "api", prepared, status -> {}).thenApply(status -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("id", status.id());
              body.put("status", status.status());
              body.put("total", status.total());
              body.put("mapping", prepared.mappingByWire());
              return json(StatusCodes.ACCEPTED, body);
            }))
        .exceptionally(failure -> {
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
              : failure;
          if (cause instanceof Imports.Refused refused) {
            return error(StatusCodes.BAD_REQUEST, null, refused.getMessage());
          }
          throw failure instanceof CompletionException c ? c : new CompletionException(failure);
        });
  }
}
