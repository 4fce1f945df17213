package org.relance.debtorpage;

import com.typesafe.config.Config;
import org.relance.accounts.Secrets;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each case's debtor page link, {@code <relance.http.public-url>/d/<token>}: the token is 128 bits
 * derived from the page secret, the case and a generation ({@link PageSecret}), so it is the same
 * every time it is asked for, and only its SHA-256 is stored (table {@code relance_debtor_page}, with
 * the verification question's wrong answers). {@link #reissue} starts a new generation: the older link
 * then opens nothing and the count starts again. Also signs one-click answers
 * ({@code /d/<token>/answer/<signed>}) that carry a choice for the question in progress. Blocking
 * JDBC: call from a blocking dispatcher.
 */
public final class DebtorPageLinks {

  /** A page link found by its token: the case, the wrong answers given, whether it is locked. */
  public record PageLink(String caseId, int generation, String token, int wrongAnswers, boolean locked) {}

  /** A signed answer read back: the conversation whose question it answers, and the choice. */
  public record SignedAnswer(String conversation, String choice) {}

  private static final String DUPLICATE_KEY = "23505";
  private static final int TOKEN_BYTES = 16;
  private static final Pattern CHOICE = Pattern.compile("[A-Za-z0-9_:-]{1,80}");
  private static final int CONVERSATION_MAX = 320;
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private final DataSource dataSource;
  private final PageSecret secret;
  private final String publicUrl;
  private final Clock clock;

  DebtorPageLinks(DataSource dataSource, PageSecret secret, String publicUrl, Clock clock) {
    this.dataSource = dataSource;
    this.secret = secret;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    this.clock = clock;
  }

  /** The links of this installation: {@code relance.http.public-url} and the page secret. */
  public static DebtorPageLinks fromConfig(Config config, DataSource dataSource, Clock clock) {
    return new DebtorPageLinks(dataSource, PageSecret.load(config.getString("relance.debtor-page.secret"), dataSource),
        config.getString("relance.http.public-url"), clock);
  }

  /**
   * The case's page link for a letter or a message that leaves the service, or null while the public
   * address is this machine's own ({@code localhost}, {@code 127.0.0.1}): a debtor could not open it.
   */
  public String printableUrlFor(String caseId) {
    return printable() ? urlFor(caseId) : null;
  }

  /** Whether the public address is one a debtor can reach (not this machine's own). */
  public boolean printable() {
    String host = java.net.URI.create(publicUrl).getHost();
    return host != null && !host.equals("localhost") && !host.startsWith("127.");
  }

  /** The case's page link (issued the first time it is asked for). */
  public String urlFor(String caseId) {
    return publicUrl + "/d/" + tokenFor(caseId);
  }

  /** The case's page token, issued the first time it is asked for. */
  public String tokenFor(String caseId) {
    return token(caseId, generation(caseId).orElseGet(() -> issue(caseId, 0)));
  }

  /** A new link for the case: the one before opens nothing any more and the wrong answers start again. */
  public String reissue(String caseId) {
    int next = generation(caseId).map(g -> g + 1).orElse(0);
    if (next == 0) {
      issue(caseId, 0);
    } else {
      String token = token(caseId, next);
      update("UPDATE relance_debtor_page SET generation = ?, token_hash = ?, issued_at = ?, wrong_answers = 0, "
          + "locked_at = NULL WHERE case_id = ?", next, Secrets.sha256(token), Timestamp.from(clock.instant()), caseId);
    }
    return urlFor(caseId);
  }

  /**
   * A link that gives the dialogue {@code choice} (the id of a choice it offered: {@code yes:<n>},
   * letters, digits, {@code : - _}) as the answer of {@code conversation} (the dialogue's address of the
   * conversation that asked, e.g. {@code mail:jean@example.fr}) when the debtor opens it and confirms,
   * without the verification question: the signature, bound to the case's current link, is the proof.
   */
  public String answerUrlFor(String caseId, String conversation, String choice) {
    if (!CHOICE.matcher(choice).matches() || conversation.isEmpty() || conversation.length() > CONVERSATION_MAX) {
      throw new IllegalArgumentException("an answer is a conversation and a choice id, not " + conversation + "/" + choice);
    }
    String token = tokenFor(caseId);
    String carried = URL.encodeToString(conversation.getBytes(StandardCharsets.UTF_8)) + "." + choice;
    return urlFor(caseId) + "/answer/" + carried + "." + signature(token, carried);
  }

  /** The answer a signed link carries, if it was signed for this token. */
  public Optional<SignedAnswer> readAnswer(String token, String signed) {
    int last = signed.lastIndexOf('.');
    if (last <= 0) {
      return Optional.empty();
    }
    String carried = signed.substring(0, last);
    byte[] given = signed.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(given, signature(token, carried).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    int dot = carried.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    return Optional.of(new SignedAnswer(new String(Base64.getUrlDecoder().decode(carried.substring(0, dot)),
        StandardCharsets.UTF_8), carried.substring(dot + 1)));
  }

  /** The current link this token opens, if any. */
  public Optional<PageLink> find(String token) {
    if (token.length() > 64) {
      return Optional.empty();
    }
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
        "SELECT case_id, generation, wrong_answers, locked_at FROM relance_debtor_page WHERE token_hash = ?")) {
      select.setString(1, Secrets.sha256(token));
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(new PageLink(rs.getString(1), rs.getInt(2), token, rs.getInt(3),
            rs.getTimestamp(4) != null))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read a debtor page link: " + e.getMessage(), e);
    }
  }

  /**
   * Counts a wrong answer given on the link; at {@code maxTries} it is locked. True when this answer
   * locked it (the owner is to be told, once).
   */
  boolean wrongAnswer(PageLink link, int maxTries) {
    update("UPDATE relance_debtor_page SET wrong_answers = wrong_answers + 1 WHERE token_hash = ? AND locked_at IS NULL",
        Secrets.sha256(link.token()));
    return update("UPDATE relance_debtor_page SET locked_at = ? WHERE token_hash = ? AND locked_at IS NULL "
        + "AND wrong_answers >= ?", Timestamp.from(clock.instant()), Secrets.sha256(link.token()), maxTries) == 1;
  }

  private String signature(String token, String carried) {
    return URL.encodeToString(secret.mac("answer:" + token + ":" + carried, TOKEN_BYTES));
  }

  private String token(String caseId, int generation) {
    return URL.encodeToString(secret.mac("page:" + caseId + ":" + generation, TOKEN_BYTES));
  }

  private Optional<Integer> generation(String caseId) {
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
        "SELECT generation FROM relance_debtor_page WHERE case_id = ?")) {
      select.setString(1, caseId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the page link of case " + caseId + ": " + e.getMessage(), e);
    }
  }

  /** Keeps the case's first link; when another node kept it a moment ago, reads its generation. */
  private int issue(String caseId, int generation) {
    try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
        "INSERT INTO relance_debtor_page (case_id, generation, token_hash, issued_at, wrong_answers) "
            + "VALUES (?, ?, ?, ?, 0)")) {
      insert.setString(1, caseId);
      insert.setInt(2, generation);
      insert.setString(3, Secrets.sha256(token(caseId, generation)));
      insert.setTimestamp(4, Timestamp.from(clock.instant()));
      insert.executeUpdate();
      return generation;
    } catch (SQLException e) {
      if (DUPLICATE_KEY.equals(e.getSQLState())) {
        return generation(caseId).orElseThrow();
      }
      throw new IllegalStateException("Cannot issue the page link of case " + caseId + ": " + e.getMessage(), e);
    }
  }

  private int update(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot change a debtor page link: " + e.getMessage(), e);
    }
  }
}
