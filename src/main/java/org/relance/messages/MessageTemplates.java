package org.relance.messages;

import org.relance.common.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every text the bot says, by id and language, loaded from {@code conversations/templates/<lang>.properties}
 * (UTF-8, one file per language). Invariant, checked when loading: both languages have the same ids
 * and each id uses the same placeholders ({@code {name}}) in both, so no reader ever meets a
 * missing or half-filled text.
 */
public final class MessageTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_][a-z0-9_]*)}");
  private static final String FOLDER = "conversations/templates/";
  /** "de " or "que " ending the text before a placeholder, as a word of its own. */
  private static final Pattern ELIDABLE = Pattern.compile("(^|[^\\p{L}])([Dd]e|[Qq]ue) $");

  private final Map<Language, Map<String, String>> texts;

  private MessageTemplates(Map<Language, Map<String, String>> texts) {
    this.texts = texts;
  }

  /** Loads the templates shipped on the classpath; fails with every inconsistency named. */
  public static MessageTemplates load() {
    Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      texts.put(language, read(FOLDER + language.code() + ".properties"));
    }
    return of(texts);
  }

  /** Templates from the given texts, checked the same way as the shipped ones. */
  public static MessageTemplates of(Map<Language, Map<String, String>> texts) {
    Set<String> problems = new TreeSet<>();
    Set<String> allIds = new TreeSet<>();
    texts.values().forEach(t -> allIds.addAll(t.keySet()));
    for (String id : allIds) {
      Set<String> placeholdersSeen = null;
      for (Language language : Language.values()) {
        String text = texts.getOrDefault(language, Map.of()).get(id);
        if (text == null) {
          problems.add("'" + id + "' has no " + language.code() + " text");
          continue;
        }
        Set<String> placeholders = placeholders(text);
        if (placeholdersSeen != null && !placeholdersSeen.equals(placeholders)) {
          problems.add("'" + id + "' uses different placeholders across languages");
        }
        placeholdersSeen = placeholders;
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Message templates are inconsistent: " + String.join("; ", problems));
    }
    return new MessageTemplates(texts);
  }

  /** The text of {@code id} in {@code language} with every placeholder filled from {@code values}. */
  public String text(Language language, String id, Map<String, ?> values) {
    String template = texts.get(language).get(id);
    if (template == null) {
      throw new IllegalArgumentException("No message template '" + id + "'");
    }
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    while (matcher.find()) {
      Object value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException("Message '" + id + "' needs a value for {" + matcher.group(1) + "}");
      }
      String before = template.substring(copied, matcher.start());
      String filled = value.toString();
      out.append(language == Language.FR ? elided(before, filled) : before).append(filled);
      copied = matcher.end();
    }
    return out.append(template, copied, template.length()).toString();
  }

  /**
   * French elision before a name filled in: "de" and "que" become "d'" and "qu'" before a vowel
   * ("de la part d'Atelier Dupont", not "de Atelier Dupont"); an "h" is left alone (aspirated or not,
   * it cannot be told from the spelling). Only the template's own word changes, never the value.
   */
  private static String elided(String before, String value) {
    if (value.isEmpty() || "aeiouyàâäéèêëîïôöûüœ".indexOf(Character.toLowerCase(value.charAt(0))) < 0) {
      return before;
    }
    Matcher word = ELIDABLE.matcher(before);
    return word.find() ? before.substring(0, word.start(2)) + word.group(2).substring(0, word.group(2).length() - 1)
        + "'" : before;
  }

  public String text(Language language, String id) {
    return text(language, id, Map.of());
  }

  public Set<String> ids() {
    return new TreeSet<>(texts.get(Language.FR).keySet());
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static Map<String, String> read(String resource) {
    try (InputStream in = MessageTemplates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing message templates " + resource);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new HashMap<>();
      properties.stringPropertyNames().forEach(id -> texts.put(id, properties.getProperty(id)));
      return texts;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read message templates " + resource, e);
    }
  }
}
