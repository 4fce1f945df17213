package org.relance.letters;

import org.relance.common.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of letters, the dossier and the limitation warnings, read from
 * {@code conversations/letters/<lang>/<name>.properties} (UTF-8) on the classpath, merged over
 * {@code common.properties}. A key may have variants tried first, most specific first ({@code
 * penalties.uk_b2b}, {@code penalties.uk}, {@code penalties.b2b}); an empty variant means "say
 * nothing here". {@code ${name}} placeholders are filled by {@link #fill}; an unknown one is an error.
 */
public final class LetterTexts {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z0-9_]+)}");

  private final Language language;
  private final String name;
  private final Properties texts;

  private LetterTexts(Language language, String name, Properties texts) {
    this.language = language;
    this.name = name;
    this.texts = texts;
  }

  /** Loads {@code common} and then {@code name} for the language; a missing file is an error. */
  public static LetterTexts load(Language language, String name) {
    Properties texts = new Properties();
    read(language, "common", texts);
    read(language, name, texts);
    return new LetterTexts(language, name, texts);
  }

  private static void read(Language language, String name, Properties into) {
    String resource = "conversations/letters/" + language.code() + "/" + name + ".properties";
    try (InputStream in = LetterTexts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing letter template on the classpath: " + resource);
      }
      into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read letter template " + resource, e);
    }
  }

  /**
   * The variants a case's texts are looked up with, most specific first: {@code uk_b2b}, {@code uk},
   * {@code b2b}, then {@code one} for a single invoice.
   */
  public static List<String> variants(LetterCase file) {
    String law = file.business().jurisdiction().code().toLowerCase(java.util.Locale.ROOT);
    String who = file.debtor().type() == org.relance.debtorcase.DebtorType.BUSINESS ? "b2b" : "b2c";
    List<String> variants = new java.util.ArrayList<>(List.of(law + "_" + who, law, who));
    if (file.invoices().size() == 1) {
      variants.add("one");
    }
    return variants;
  }

  public Language language() {
    return language;
  }

  /** The text for {@code key}, its first variant found, or nothing. */
  public Optional<String> find(String key, List<String> variants) {
    for (String variant : variants) {
      String value = texts.getProperty(key + "." + variant);
      if (value != null) {
        return Optional.of(value.strip());
      }
    }
    return Optional.ofNullable(texts.getProperty(key)).map(String::strip);
  }

  /** The text for {@code key}; a key missing from the templates is an error naming the file. */
  public String get(String key, List<String> variants) {
    return find(key, variants).orElseThrow(() -> new IllegalStateException(
        "No text '" + key + "' in conversations/letters/" + language.code() + "/" + name + ".properties"));
  }

  public String get(String key) {
    return get(key, List.of());
  }

  /** {@code template} with each {@code ${name}} replaced by its value. */
  public static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("Letter text uses ${" + m.group(1) + "}, which is not provided: " + template);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
