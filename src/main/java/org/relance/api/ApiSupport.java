package org.relance.api;

import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCode;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;
import org.relance.debtorcase.CaseReply;
import org.relance.http.BearerToken;
import org.relance.http.ErrorAnswers;
import org.relance.gateway.CaseGateway;
import org.relance.limits.InputLimits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/** What every API route shares: the bearer token, JSON bodies and answers, errors as JSON. */
public class ApiSupport extends AllDirectives {

  private final BearerToken adminToken;

  protected ApiSupport(String adminToken) {
    this.adminToken = new BearerToken(adminToken);
  }

  /** The route, for callers with the admin bearer token only; 401 otherwise. */
  protected Route authenticated(Supplier<Route> inner) {
    return adminToken.required(inner);
  }

  /** Parses the JSON body into {@code type} (400 naming the field when it cannot) and continues. */
  protected <T> Route withBody(Class<T> type, Function<T, Route> inner) {
    return entity(Unmarshaller.entityToString(), text -> guarded(() -> inner.apply(ApiJson.read(text, type))));
  }

  /** Like {@link #withBody}, but an empty body means an empty object. */
  protected <T> Route withOptionalBody(Class<T> type, Function<T, Route> inner) {
    return entity(Unmarshaller.entityToString(), text -> guarded(() ->
        inner.apply(ApiJson.read(text == null || text.isBlank() ? "{}" : text, type))));
  }

  /** Runs a route builder, answering 400 when it refuses the input. */
  protected Route guarded(Supplier<Route> inner) {
    try {
      return inner.get();
    } catch (InvalidInput e) {
      return complete(error(StatusCodes.BAD_REQUEST, e.field(), e.getMessage()));
    }
  }

  /** The {@code Idempotency-Key} header (null when absent or blank; 400 when longer than {@link InputLimits#KEY}). */
  protected Route withIdempotencyKey(Function<String, Route> inner) {
    return optionalHeaderValueByName("Idempotency-Key", key -> guarded(() -> {
      InvalidInput.within(InputLimits.text(key.orElse(null), InputLimits.KEY), "Idempotency-Key");
      return inner.apply(key.filter(k -> !k.isBlank()).orElse(null));
    }));
  }

  /** Answers once the stage completes; invalid input or a timeout become 400 / 503 with a message. */
  protected Route respond(CompletionStage<HttpResponse> response) {
    return completeWithFuture(response.exceptionally(failure -> {
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
      if (cause instanceof InvalidInput e) {
        return error(StatusCodes.BAD_REQUEST, e.field(), e.getMessage());
      }
      if (cause instanceof CaseGateway.NoSuchBusiness e) {
        return error(StatusCodes.BAD_REQUEST, "businessId", e.getMessage());
      }
      if (cause instanceof java.util.concurrent.TimeoutException) {
        return error(StatusCodes.SERVICE_UNAVAILABLE, null, "the case did not answer in time; retry with the same "
            + "Idempotency-Key to be sure nothing is recorded twice");
      }
      return ErrorAnswers.internal(cause);
    }));
  }

  /** A case's answer as HTTP: the case on success, 404 / 409 / 400 with the reason otherwise. */
  protected static HttpResponse caseResponse(CaseReply reply, StatusCode success) {
    if (reply instanceof CaseReply.Accepted accepted) {
      return json(success, accepted.view());
    }
    CaseReply.Rejected rejected = (CaseReply.Rejected) reply;
    StatusCode status = switch (rejected.refusal()) {
      case NOT_FOUND -> StatusCodes.NOT_FOUND;
      case CONFLICT -> StatusCodes.CONFLICT;
      case INVALID -> StatusCodes.BAD_REQUEST;
    };
    return error(status, null, rejected.message());
  }

  protected static HttpResponse json(StatusCode status, Object body) {
    return HttpResponse.create().withStatus(status)
        .withEntity(HttpEntities.create(ContentTypes.APPLICATION_JSON, ApiJson.write(body)));
  }

  protected static HttpResponse error(StatusCode status, String field, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    Optional.ofNullable(field).ifPresent(f -> body.put("field", f));
    return json(status, body);
  }
}
