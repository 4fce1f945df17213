package org.relance.app;

import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.relance.http.HttpRoutes;
import org.relance.storage.Database;
import org.relance.storage.SchemaMigration;
import org.relance.telegram.TelegramModule;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The running service: wires storage, the case entities, the read sides, the clock and the faces
 * (HTTP API, admin page, Telegram) into one actor system. {@code run} and the tests start it the
 * same way, with their own configuration.
 */
public final class Relance {

  private final ActorSystem<Void> system;
  private final Database database;
  private final ServerBinding binding;
  private final String adminToken;
  private final boolean adminTokenGenerated;
  private final TelegramModule telegram;

  private Relance(ActorSystem<Void> system, Database database, ServerBinding binding,
                  String adminToken, boolean adminTokenGenerated, TelegramModule telegram) {
    this.system = system;
    this.database = database;
    this.binding = binding;
    this.adminToken = adminToken;
    this.adminTokenGenerated = adminTokenGenerated;
    this.telegram = telegram;
  }

  /** Starts everything and returns once the HTTP port is bound; fails loudly on a bad setting. */
  public static Relance start(Config config) {
    Database database = Database.open(config);
    try {
      new SchemaMigration(database.dataSource(), database.kind()).migrate();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "relance", config);
    String configuredToken = config.getString("relance.admin.token");
    boolean generated = configuredToken.isBlank();
    String adminToken = generated ? randomToken() : configuredToken;
    TelegramModule telegram;
    try {
      telegram = TelegramModule.start(system, config, database);
    } catch (RuntimeException e) {
      system.terminate();
      database.close();
      throw e;
    }
    HttpRoutes routes = new HttpRoutes(adminToken, telegram.webhookRoute());
    ServerBinding binding = Http.get(system)
        .newServerAt(config.getString("relance.http.host"), config.getInt("relance.http.port"))
        .bind(routes.all())
        .toCompletableFuture()
        .join();
    return new Relance(system, database, binding, adminToken, generated, telegram);
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The lines {@code run} prints once started: where to reach the service and what is missing. */
  public List<String> startupReport() {
    List<String> lines = new ArrayList<>();
    lines.add("Relance is running on http://localhost:" + httpPort() + " (health: /health)");
    if (adminTokenGenerated) {
      lines.add("Admin API token for this start (set relance.admin.token / RELANCE_ADMIN_TOKEN to keep one): "
          + adminToken);
    }
    lines.addAll(telegram.startupReport());
    return lines;
  }

  public int httpPort() {
    return binding.localAddress().getPort();
  }

  public String adminToken() {
    return adminToken;
  }

  public TelegramModule telegram() {
    return telegram;
  }

  public ActorSystem<Void> system() {
    return system;
  }

  /** Unbinds HTTP, stops the actor system and closes the database, in that order. */
  public void stop() {
    binding.unbind().toCompletableFuture().join();
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().orTimeout(Duration.ofSeconds(30).toSeconds(),
        java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> null).join();
    database.close();
  }
}
