package org.relance.dialogue;

import org.relance.invitations.Invitations;
import org.relance.invitations.Invitations.Access;
import org.relance.storage.JdbcTransactions;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;

import static org.relance.storage.JdbcTransactions.update;

/**
 * Where the wrong answers to the verification question are counted. A Telegram chat's are counted on
 * the link it opened ({@link Invitations}); a conversation of another channel's (the debtor page, an
 * e-mail not from the debtor's address) on the conversation itself ({@code relance_debtor_verification}),
 * with the same rule: locked once its wrong answers on the case, or on all its cases together, reach
 * the limit; a locked conversation stays locked (the page's new link is a new conversation). Blocking
 * JDBC: call from a blocking dispatcher.
 */
final class VerificationTries {

  private final Invitations invitations;
  private final JdbcTransactions transactions;
  private final Clock clock;

  VerificationTries(Invitations invitations, DataSource dataSource, Clock clock) {
    this.invitations = invitations;
    this.transactions = new JdbcTransactions(dataSource, "Verification tries");
    this.clock = clock;
  }

  /** Whether the conversation may answer the verification question of the case. */
  Access access(String caseId, String conversation, int maxTries) {
    return Channel.of(conversation) == Channel.TELEGRAM ? invitations.verificationAccess(caseId, conversation, maxTries)
        : count(caseId, conversation, maxTries, false);
  }

  /** A wrong answer, counted; {@code LOCKED_NOW} when it locks the conversation out of the case. */
  Access failed(String caseId, String conversation, int maxTries) {
    return Channel.of(conversation) == Channel.TELEGRAM ? invitations.verificationFailed(caseId, conversation, maxTries)
        : count(caseId, conversation, maxTries, true);
  }

  /** The conversation proved it holds the case's invoice: its wrong answers on the case no longer count. */
  void passed(String caseId, String conversation) {
    if (Channel.of(conversation) == Channel.TELEGRAM) {
      invitations.verificationPassed(caseId, conversation);
    } else {
      transactions.inTransaction(c -> update(c, "UPDATE relance_debtor_verification SET failed_tries = 0 "
          + "WHERE conversation = ? AND case_id = ?", conversation, caseId));
    }
  }

  private Access count(String caseId, String conversation, int maxTries, boolean wrongAnswer) {
    return transactions.inTransaction(c -> {
      int tries = 0;
      try (var select = c.prepareStatement("SELECT failed_tries, locked_at FROM relance_debtor_verification "
          + "WHERE conversation = ? AND case_id = ? FOR UPDATE")) {
        select.setString(1, conversation);
        select.setString(2, caseId);
        try (var rs = select.executeQuery()) {
          if (rs.next()) {
            if (rs.getTimestamp(2) != null) {
              return Access.LOCKED;
            }
            tries = rs.getInt(1);
          } else {
            update(c, "INSERT INTO relance_debtor_verification (conversation, case_id, failed_tries) VALUES (?, ?, 0)",
                conversation, caseId);
          }
        }
      }
      if (wrongAnswer) {
        tries++;
        update(c, "UPDATE relance_debtor_verification SET failed_tries = ? WHERE conversation = ? AND case_id = ?",
            tries, conversation, caseId);
      }
      int all;
      try (var sum = c.prepareStatement("SELECT COALESCE(SUM(failed_tries), 0) FROM relance_debtor_verification "
          + "WHERE conversation = ?")) {
        sum.setString(1, conversation);
        try (var rs = sum.executeQuery()) {
          rs.next();
          all = rs.getInt(1);
        }
      }
      if (tries < maxTries && all < maxTries) {
        return Access.OPEN;
      }
      update(c, "UPDATE relance_debtor_verification SET locked_at = ? WHERE conversation = ? AND case_id = ?",
          Timestamp.from(clock.instant()), conversation, caseId);
      return Access.LOCKED_NOW;
    });
  }
}
