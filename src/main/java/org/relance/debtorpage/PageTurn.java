package org.relance.debtorpage;

import java.time.LocalDate;

/**
 * One thing a verified debtor did on the page: wrote in the chat box ({@link Kind#SAY}), pressed a
 * choice the dialogue offered ({@link Kind#CHOOSE}, also a signed answer link), or used one of the
 * four one-click forms. {@code id} is unique per turn (the idempotency key of what it gives the case).
 */
record PageTurn(String id, Kind kind, String words, LocalDate date, String choice) {

  /** What the debtor did. */
  enum Kind { SAY, CHOOSE, PROMISE, PLAN, PAID, DISPUTE }

  static PageTurn said(String id, String words) {
    return new PageTurn(id, Kind.SAY, words, null, null);
  }

  static PageTurn chose(String id, String choice) {
    return new PageTurn(id, Kind.CHOOSE, null, null, choice);
  }

  static PageTurn dated(String id, Kind kind, LocalDate date) {
    return new PageTurn(id, kind, null, date, null);
  }

  static PageTurn plan(String id) {
    return new PageTurn(id, Kind.PLAN, null, null, null);
  }

  static PageTurn dispute(String id, String reason) {
    return new PageTurn(id, Kind.DISPUTE, reason, null, null);
  }
}
