package org.relance.nlu.intent;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

  @Test
  void foldsCaseAccentsAndElisions() {
    assertEquals(List.of("je", "ai", "deja", "regle", "le", "acompte"), TextNormalizer.tokens("J’ai DÉJÀ réglé l'acompte"));
    assertEquals(List.of("ce", "est", "aujourdhui", "que", "il", "paie"), TextNormalizer.tokens("C'est aujourd'hui qu'il paie"));
  }

  @Test
  void spellsOutEnglishContractions() {
    assertEquals(List.of("i", "will", "pay", "i", "do", "not", "owe", "it", "i", "can", "not"),
        TextNormalizer.tokens("I'll pay. I don't owe it, I can't"));
  }

  @Test
  void expandsSmsSpellingsAndRepeatedLetters() {
    assertEquals(List.of("je", "vous", "paie", "demain", "svp"), TextNormalizer.tokens("jvous paie dem1 stp"));
    assertEquals(List.of("je", "ai", "pas", "recu", "la", "facture"), TextNormalizer.tokens("g pas recu la fact"));
    assertEquals(List.of("stop", "merci"), TextNormalizer.tokens("STOOOOP merciiii"));
    assertEquals(List.of("thanks", "will", "pay", "tomorrow", "please"), TextNormalizer.tokens("thx will pay tmrw pls"));
  }

  @Test
  void keepsEmojiAndNumbersAsFeatureWords() {
    assertEquals(List.of("ok", "#ok"), TextNormalizer.tokens("ok 👍"));
    assertEquals(List.of("en", "#num_x", "#num", "#money"), TextNormalizer.tokens("en 3x 300 €"));
    assertEquals(List.of("merci", "#emoji"), TextNormalizer.tokens("merci 🌞"));
  }
}
