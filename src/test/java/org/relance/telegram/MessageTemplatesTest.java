package org.relance.telegram;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.messages.MessageTemplates;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageTemplatesTest {

  @Test
  void theShippedTemplatesSayEveryTextInBothLanguages() {
    MessageTemplates templates = MessageTemplates.load();
    assertTrue(templates.ids().containsAll(java.util.Set.of("welcome.greeting", "help.text", "error.generic")));
    Map<String, Object> anyValue = new java.util.HashMap<>() {
      @Override
      public Object get(Object key) {
        return "Camille";   // every placeholder of every template gets a value
      }
    };
    for (String id : templates.ids()) {
      for (Language language : Language.values()) {
        String text = templates.text(language, id, anyValue);
        assertTrue(!text.isBlank() && !text.contains("{"), id + " in " + language + " is filled: " + text);
      }
    }
    assertEquals("Bonjour Camille !", templates.text(Language.FR, "welcome.greeting", Map.of("first_name", "Camille"))
        .substring(0, "Bonjour Camille !".length()), "UTF-8 and placeholders survive loading");
  }

  @Test
  void frenchElidesDeAndQueBeforeANameStartingWithAVowelButNeverTouchesTheValue() {
    MessageTemplates templates = MessageTemplates.of(Map.of(
        Language.FR, Map.of("intro", "De la part de {business}, parce que {debtor} a écrit « {words} »"),
        Language.EN, Map.of("intro", "From {business}, because {debtor} wrote \"{words}\"")));
    assertEquals("De la part d'Atelier Dupont, parce qu'Émile a écrit « de avance »",
        templates.text(Language.FR, "intro", Map.of("business", "Atelier Dupont", "debtor", "Émile",
            "words", "de avance")));
    assertEquals("De la part de Boulangerie Martin, parce que Hugo a écrit « ok »",
        templates.text(Language.FR, "intro", Map.of("business", "Boulangerie Martin", "debtor", "Hugo",
            "words", "ok")));
    assertEquals("From Atelier Dupont, because Émile wrote \"de avance\"",
        templates.text(Language.EN, "intro", Map.of("business", "Atelier Dupont", "debtor", "Émile",
            "words", "de avance")));
  }

  @Test
  void aTextMissingInOneLanguageStopsTheStart() {
    var error = assertThrows(IllegalStateException.class, () -> MessageTemplates.of(Map.of(
        Language.FR, Map.of("hello", "Bonjour", "bye", "Au revoir"),
        Language.EN, Map.of("hello", "Hello"))));
    assertTrue(error.getMessage().contains("'bye' has no en text"), error.getMessage());
  }

  @Test
  void placeholdersMustBeTheSameInBothLanguages() {
    var error = assertThrows(IllegalStateException.class, () -> MessageTemplates.of(Map.of(
        Language.FR, Map.of("hello", "Bonjour {first_name}"),
        Language.EN, Map.of("hello", "Hello {name}"))));
    assertTrue(error.getMessage().contains("'hello' uses different placeholders"), error.getMessage());
  }

  @Test
  void aMissingValueIsNamedNotPrintedAsABrace() {
    MessageTemplates templates = MessageTemplates.load();
    var error = assertThrows(IllegalArgumentException.class,
        () -> templates.text(Language.EN, "welcome.greeting", Map.of()));
    assertTrue(error.getMessage().contains("{first_name}"), error.getMessage());
  }
}
