package org.relance.privacy;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Each case's AES-256 key ({@code relance_case_key}): created before the case's first event, read
 * as empty once erased (the row stays, its key set to null, so an erased case is told from an
 * unknown one). Reads go through a bounded in-memory cache; every JDBC call of the asynchronous
 * methods runs on the blocking executor, never on an actor's thread.
 */
public final class CaseKeys {

  private static final String ALGORITHM = "AES";
  private static final int KEY_BYTES = 32;

  private final DataSource dataSource;
  private final Executor blocking;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Optional<SecretKey>> cache;

  public CaseKeys(DataSource dataSource, Executor blocking, Clock clock, int cacheSize) {
    this.dataSource = dataSource;
    this.blocking = blocking;
    this.clock = clock;
    this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Optional<SecretKey>> eldest) {
        return size() > cacheSize;
      }
    });
  }

  /** The case's key, created now when it has none; empty when it was erased. */
  CompletionStage<Optional<SecretKey>> loadOrCreate(String caseId) {
    return CompletableFuture.supplyAsync(() -> remembered(caseId, keyOrCreate(caseId)), blocking);
  }

  /** The case's key (from the cache unless {@code fresh}); empty when erased or never created. */
  CompletionStage<Optional<SecretKey>> load(String caseId, boolean fresh) {
    Optional<SecretKey> cached = fresh ? null : cache.get(caseId);
    if (cached != null) {
      return CompletableFuture.completedFuture(cached);
    }
    return CompletableFuture.supplyAsync(() -> remembered(caseId, stored(caseId).orElse(Optional.empty())), blocking);
  }

  /** Blocking: the case's key, created when it has none (the journal command, on a stopped service). */
  Optional<SecretKey> keyOrCreate(String caseId) {
    Optional<Optional<SecretKey>> stored = stored(caseId);
    if (stored.isPresent()) {
      return stored.get();
    }
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement(
             "INSERT INTO relance_case_key (case_id, aes_key, created_at) VALUES (?, ?, ?)")) {
      st.setString(1, caseId);
      st.setBytes(2, key);
      st.setTimestamp(3, Timestamp.from(clock.instant()));
      st.executeUpdate();
      return Optional.of(new SecretKeySpec(key, ALGORITHM));
    } catch (SQLException e) {
      // another node created it first: theirs is the key
      return stored(caseId).orElseThrow(() -> new IllegalStateException("No key for case " + caseId, e));
    }
  }

  /** Blocking: destroys the case's key for good; every node reads its sealed fields as erased from then on. */
  void erase(String caseId) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement(
             "UPDATE relance_case_key SET aes_key = NULL, erased_at = ? WHERE case_id = ? AND aes_key IS NOT NULL")) {
      st.setTimestamp(1, Timestamp.from(clock.instant()));
      st.setString(2, caseId);
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot erase the key of case " + caseId + ": " + e.getMessage(), e);
    }
    forget(caseId);
  }

  /** This node's cache reads the case as erased (its erasure event was seen). */
  void forget(String caseId) {
    cache.put(caseId, Optional.empty());
  }

  private Optional<SecretKey> remembered(String caseId, Optional<SecretKey> key) {
    cache.put(caseId, key);
    return key;
  }

  /** The row: absent when the case never had a key, empty inside when its key was erased. */
  private Optional<Optional<SecretKey>> stored(String caseId) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT aes_key FROM relance_case_key WHERE case_id = ?")) {
      st.setString(1, caseId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        byte[] key = rs.getBytes(1);
        return Optional.of(key == null ? Optional.empty() : Optional.of(new SecretKeySpec(key, ALGORITHM)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the key of case " + caseId + ": " + e.getMessage(), e);
    }
  }
}
