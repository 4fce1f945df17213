package org.relance.admin;

import org.relance.accounts.Account;

/**
 * Who is calling the admin page's routes: an account, signed in through a session cookie (then
 * {@code sessionId} and {@code csrfToken} are set and every change must carry the token) or
 * through an API token (no cookie, so no CSRF token to check).
 */
record Caller(Account account, String sessionId, String csrfToken) {

  boolean viaSession() {
    return sessionId != null;
  }
}
