package org.relance.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValueFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the one {@link Config} the whole service runs on, in this order of precedence:
 * {@code -D} system properties, environment variables, the operator's {@code application.conf},
 * the runtime wiring ({@code relance-runtime.conf}) and the jar's {@code reference.conf}.
 *
 * <p>Every {@code relance.*} key named in {@code reference.conf} can be set by the environment
 * variable spelled from it: upper case, dots and dashes as underscores ({@code relance.http.port}
 * is {@code RELANCE_HTTP_PORT}, {@code relance.data-dir} is {@code RELANCE_DATA_DIR}); the rows of
 * {@code relance.letters.added-rates} come as HOCON text in {@code RELANCE_LETTERS_ADDED_RATES}.
 */
public final class RelanceConfig {

  /** Settings made of rows an environment variable sets as HOCON text (the rate tables' added half-years). */
  private static final List<String> HOCON_OBJECTS = List.of("relance.letters.added-rates");

  private RelanceConfig() {}

  /** The configuration for the given operator file (which may be absent) and the real environment. */
  public static Config load(Path operatorFile) {
    return load(operatorFile, System.getenv(), ConfigFactory.empty());
  }

  /**
   * The configuration with explicit environment and extra overrides (tests pass their own):
   * {@code overrides} win over everything but system properties.
   */
  public static Config load(Path operatorFile, Map<String, String> environment, Config overrides) {
    ConfigFactory.invalidateCaches();
    Config reference = ConfigFactory.defaultReference();
    Config operator = operatorFile != null && Files.isRegularFile(operatorFile)
        ? ConfigFactory.parseFile(operatorFile.toFile())
        : ConfigFactory.empty();
    Config merged = ConfigFactory.systemProperties()
        .withFallback(overrides)
        .withFallback(fromEnvironment(reference, environment))
        .withFallback(operator)
        .withFallback(ConfigFactory.parseResources("relance-runtime.conf"))
        .withFallback(reference)
        .resolve();
    return DatabaseConfig.persistenceFor(merged).withFallback(ClusterConfig.pekkoFor(merged)).withFallback(merged).resolve();
  }

  /** Environment variables that name a {@code relance.*} key of the reference, as a config layer. */
  static Config fromEnvironment(Config reference, Map<String, String> environment) {
    Config layer = ConfigFactory.empty();
    for (String path : HOCON_OBJECTS) {
      String name = environmentName(path);
      if (environment.get(name) != null) {
        try {
          layer = layer.withFallback(ConfigFactory.parseString(environment.get(name),
              ConfigParseOptions.defaults().setOriginDescription("environment " + name)).atPath(path));
        } catch (ConfigException e) {
          throw new IllegalArgumentException("The environment variable " + name + " must hold HOCON for " + path
              + ": " + e.getMessage(), e);
        }
      }
    }
    for (var entry : reference.getConfig("relance").entrySet()) {
      String path = "relance." + entry.getKey();
      String value = environment.get(environmentName(path));
      if (value != null) {
        layer = layer.withValue(path, ConfigValueFactory.fromAnyRef(value, "environment " + environmentName(path)));
      }
    }
    return layer;
  }

  /** {@code relance.http.port} → {@code RELANCE_HTTP_PORT}. */
  public static String environmentName(String path) {
    return path.replace('.', '_').replace('-', '_').replace("\"", "").toUpperCase(Locale.ROOT);
  }
}
