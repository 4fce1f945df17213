package org.relance.conversations;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A scripted conversation, read from YAML ({@code conversations/scripts/*.yaml}): optional settings
 * for the service under test, then steps in order. Each step has exactly one of these keys:
 * <ul>
 *   <li>{@code user}: a person writes ({@code chat}, {@code language}, {@code text}; {@code group: true} for a group),
 *       or sends a file ({@code document}: its name, {@code content}: its text, sent as UTF-8, or
 *       {@code content-base64}: its bytes);</li>
 *   <li>{@code press}: a person presses an inline button ({@code chat}, {@code language}, {@code data});</li>
 *   <li>{@code bot}: the next message the bot sends to {@code chat}: {@code text} (exact), {@code contains},
 *       {@code matches} (regex) or {@code template} (+ {@code language}, {@code values}), and {@code buttons} (labels);
 *       {@code document}: the file name of a document it sends (the text is then its caption);
 *       {@code after-at-least} seconds since the bot's previous message to that chat; {@code refused-before}:
 *       how many attempts to send it Telegram refused with 429 first;</li>
 *   <li>{@code silent}: seconds during which the bot must say nothing new;</li>
 *   <li>{@code redeliver: last}: Telegram delivers the last update again;</li>
 *   <li>{@code standin}: faults for the next calls ({@code too-many-requests}, {@code retry-after}, {@code drop}),
 *       answers held {@code slow-for} seconds for the next {@code slow} calls, or a chat whose user
 *       blocked the bot ({@code blocked-chat});</li>
 *   <li>{@code restart: true}: the service stops and starts again on the same database;</li>
 *   <li>{@code delivery}: outbox counts for {@code chat} ({@code sent}, {@code possible-duplicates}, {@code failed});</li>
 *   <li>{@code setup}, {@code clock}, {@code state}: handed to {@link ScriptHooks} (cases, the simulated clock, case state).</li>
 * </ul>
 * At the end the bot must have said nothing the script did not expect.
 */
public record Script(String name, String description, Profile profile, Map<String, Object> settings, List<Step> steps) {

  /** Which limits the service runs with: {@code fast} (tests) or {@code telegram} (Telegram's real rate limits). */
  public enum Profile { FAST, TELEGRAM }

  /** One step; exactly one field is set. */
  public record Step(UserTurn user, UserTurn press, BotTurn bot, Double silent, String redeliver,
                     Faults standin, Boolean restart, DeliveryCheck delivery,
                     Map<String, Object> setup, String clock, Map<String, Object> state) {}

  /** A person writing or pressing a button. */
  public record UserTurn(long chat, String language, String text, String data, Boolean group, Long user,
                         String name, Long message, String document, String content, String contentBase64) {}

  /** What the bot is expected to say next in a chat. */
  public record BotTurn(long chat, String text, String contains, String matches, String template,
                        String language, Map<String, Object> values, List<String> buttons, Double afterAtLeast,
                        Integer refusedBefore, String document, String photo) {}

  /** Faults the stand-in plays on the next calls that say something. */
  public record Faults(Integer tooManyRequests, Integer retryAfter, Integer drop, Long blockedChat, Integer slow,
                       Double slowFor) {}

  /** Expected outbox counts for a chat. */
  public record DeliveryCheck(long chat, Integer sent, Integer possibleDuplicates, Integer failed) {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);

  public Script {
    profile = profile == null ? Profile.FAST : profile;
    settings = settings == null ? Map.of() : settings;
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  /** Reads a script; a typo or a step with no or several keys fails with the script's name and the step number. */
  public static Script read(String name, InputStream yaml) throws IOException {
    Script parsed;
    try {
      parsed = YAML.readValue(yaml, Script.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IOException(name + ": unknown key '" + e.getPropertyName() + "' (line "
          + e.getLocation().getLineNr() + "); known: " + e.getKnownPropertyIds(), e);
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < parsed.steps().size(); i++) {
      long set = countSet(parsed.steps().get(i));
      if (set != 1) {
        problems.add("step " + (i + 1) + " has " + set + " actions (one expected)");
      }
    }
    if (!problems.isEmpty()) {
      throw new IOException(name + ": " + String.join("; ", problems));
    }
    return new Script(name, parsed.description(), parsed.profile(), parsed.settings(), parsed.steps());
  }

  private static long countSet(Step step) {
    return Stream.of(step.user(), step.press(), step.bot(), step.silent(), step.redeliver(),
        step.standin(), step.restart(), step.delivery(), step.setup(), step.clock(), step.state())
        .filter(Objects::nonNull).count();
  }
}
