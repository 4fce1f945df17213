package org.relance.admin;

import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.accounts.Accounts;
import org.relance.accounts.Role;
import org.relance.api.ApiSupport;
import org.relance.api.InvalidInput;
import org.relance.limits.InputLimits;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The accounts, for admins only, under {@code /web/api/accounts}: list them, add one, change the
 * businesses an owner or accountant sees, disable one. Every change needs the CSRF token. And
 * {@code POST /api/accounts} with the API's admin token, through which {@code user add} adds an
 * account while the running service holds the embedded H2 file.
 */
final class AccountRoutes extends ApiSupport {

  /** A new account as the page sends it. */
  record NewAccount(String email, Role role, List<String> businesses, String password) {

    /** This account, once its email, password and businesses are within {@link InputLimits}. */
    NewAccount checked() {
      InvalidInput.within(InputLimits.text(email, InputLimits.NAME), "email");
      InvalidInput.within(InputLimits.text(password, InputLimits.PASSWORD), "password");
      new Businesses(businesses).checked();
      return this;
    }
  }

  /** The businesses an account sees. */
  record Businesses(List<String> businesses) {

    /** These businesses, once their count and each id are within {@link InputLimits}. */
    Businesses checked() {
      InvalidInput.within(InputLimits.count(businesses, InputLimits.BUSINESSES_PER_ACCOUNT), "businesses");
      if (businesses != null) {
        businesses.forEach(id -> InvalidInput.within(InputLimits.text(id, InputLimits.IDENTIFIER), "businesses"));
      }
      return this;
    }
  }

  private final WebAccess access;
  private final Accounts accounts;

  AccountRoutes(String adminToken, WebAccess access, Accounts accounts) {
    super(adminToken);
    this.access = access;
    this.accounts = accounts;
  }

  Route route(Caller caller) {
    return pathPrefix("accounts", () -> caller.account().seesAll()
        ? concat(
            pathEnd(() -> concat(
                get(() -> respond(blocking(() -> json(StatusCodes.OK, accounts.list())))),
                post(() -> access.changing(caller, () -> withBody(NewAccount.class, this::add))))),
            path(PathMatchers.segment().slash("businesses"), email -> post(() -> access.changing(caller, () ->
                withBody(Businesses.class, unchecked -> respond(blocking(() -> accounts.setBusinesses(email,
                    new LinkedHashSet<>(unchecked.checked().businesses() == null ? List.of() : unchecked.businesses()))
                    ? json(StatusCodes.OK, Map.of("email", email)) : noAccount(email))))))),
            path(PathMatchers.segment().slash("disable"), email -> post(() -> access.changing(caller, () ->
                respond(blocking(() -> accounts.disable(email) ? json(StatusCodes.OK, Map.of("email", email))
                    : noAccount(email)))))))
        : complete(error(StatusCodes.FORBIDDEN, null, "Only an admin manages the accounts.")));
  }

  /** {@code POST /api/accounts}, for the holder of the API's admin token (the operator's {@code user add}). */
  Route operatorRoute() {
    return path(PathMatchers.segment("api").slash("accounts"),
        () -> post(() -> authenticated(() -> withBody(NewAccount.class, this::add))));
  }

  private Route add(NewAccount unchecked) {
    NewAccount body = unchecked.checked();
    return respond(blocking(() -> json(StatusCodes.CREATED, accounts.add(body.email(), body.role(),
        new LinkedHashSet<>(body.businesses() == null ? List.of() : body.businesses()), body.password()))));
  }

  /** Runs account work on the blocking executor; a refused account becomes 400 with the reason. */
  private CompletableFuture<org.apache.pekko.http.javadsl.model.HttpResponse> blocking(
      Supplier<org.apache.pekko.http.javadsl.model.HttpResponse> work) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return work.get();
      } catch (IllegalArgumentException e) {
        return error(StatusCodes.BAD_REQUEST, null, e.getMessage());
      }
    }, access.blocking());
  }

  private static org.apache.pekko.http.javadsl.model.HttpResponse noAccount(String email) {
    return error(StatusCodes.NOT_FOUND, null, "No account " + email + ".");
  }
}
