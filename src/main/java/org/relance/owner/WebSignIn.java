package org.relance.owner;

import org.relance.accounts.Account;
import org.relance.accounts.Accounts;
import org.relance.accounts.Role;
import org.relance.accounts.Secrets;
import org.relance.accounts.SignInLinks;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The owner's way from the chat to the admin page ({@code /web}): the chat has an owner account of
 * its own ({@code telegram-<chat id>@owners.relance}, created on first use with an unusable random
 * password, seeing the chat's business), and each {@code /web} answers a one-time sign-in link to
 * it. An account an administrator disabled gets no link.
 */
final class WebSignIn {

  private final Accounts accounts;
  private final SignInLinks links;
  private final String publicUrl;
  private final Duration validity;
  private final Executor blocking;

  WebSignIn(Accounts accounts, SignInLinks links, String publicUrl, Duration validity, Executor blocking) {
    this.accounts = accounts;
    this.links = links;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    this.validity = validity;
    this.blocking = blocking;
  }

  /** A one-time link for the owner of {@code chatId} running {@code businessId}; empty when their account is disabled. */
  CompletionStage<Optional<String>> link(String chatId, String businessId) {
    return CompletableFuture.supplyAsync(() -> {
      String email = "telegram-" + chatId + "@owners.relance";
      Account account = accounts.find(email)
          .orElseGet(() -> accounts.add(email, Role.OWNER, Set.of(businessId), Secrets.random()));
      if (account.disabled()) {
        return Optional.empty();
      }
      if (!account.businessIds().contains(businessId)) {
        Set<String> businesses = new HashSet<>(account.businessIds());
        businesses.add(businessId);
        accounts.setBusinesses(email, businesses);
      }
      return Optional.of(publicUrl + "/signin/link/" + links.create(account, validity));
    }, blocking);
  }
}
