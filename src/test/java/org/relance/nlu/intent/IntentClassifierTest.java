package org.relance.nlu.intent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relance.common.Language;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntentClassifierTest {

  private static final IntentClassifier SHIPPED = IntentClassifier.shipped(0.5, Language.FR);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Envoyez le RIB et je paie demain | PROMISE_TO_PAY",
      "STOP | STOP_CONTACT",
      "ce n'est pas moi | WRONG_CONTACT",
      "Never received it, can you resend it? | DELAY_REASON",
      "Bonjour | ACKNOWLEDGE",
      "Hello | ACKNOWLEDGE",
      "J'ai déjà payé, arrêtez de m'écrire | STOP_CONTACT",
      "Le travail n'est pas fini, appelez-moi | DISPUTE",
      "On est en redressement, je peux payer en 3 fois ? | REQUEST_PLAN",
      "virement fait hier, vous pouvez m'envoyer un reçu ? | ALREADY_PAID",
      "I'll pay friday, could you knock off the late fee? | PROMISE_TO_PAY",
      "I can pay today if you give me 10% off | REQUEST_DISCOUNT",
      "If you waive the late fee I'll pay friday | REQUEST_DISCOUNT",
      "we have no money left at all | HARDSHIP"})
  void thePriorityOrderDecidesBetweenIntents(String text, Intent expected) {
    assertEquals(expected, SHIPPED.classify(text, null).intent());
  }

  @Test
  void givesTheReasonAndCashFlowForEveryHardship() {
    assertEquals(DelayReason.INVOICE_ISSUE, SHIPPED.classify("Je n'ai jamais reçu la facture", null).reason());
    assertEquals(DelayReason.ABSENCE, SHIPPED.classify("I'm on holiday until monday, will pay when back", null).reason());
    assertEquals(DelayReason.CASH_FLOW, SHIPPED.classify("je suis au chomage, pas un sou", null).reason());
    assertNull(SHIPPED.classify("ok merci", null).reason());
  }

  @Test
  void usesTheGivenLanguageAndDetectsItOtherwise() {
    assertEquals(Language.EN, SHIPPED.classify("merci beaucoup", Language.EN).lang());
    assertEquals(Language.FR, SHIPPED.classify("merci beaucoup, je vous règle vendredi", null).lang());
    assertEquals(Language.EN, SHIPPED.classify("thanks, I'll pay on friday", null).lang());
    assertEquals(Language.FR, SHIPPED.classify("👍", null).lang());
  }

  @Test
  void flagsLowConfidenceAsUncertain() {
    IntentClassifier strict = IntentClassifier.shipped(1.01, Language.FR);
    Classification c = strict.classify("Je vous règle vendredi", null);
    assertTrue(c.uncertain());
    assertTrue(c.confidence() > 0 && c.confidence() <= 1);
    assertFalse(SHIPPED.classify("Je vous règle vendredi par virement", null).uncertain());
  }

  @Test
  void aReplyMadeOfWordsNeverSeenIsUncertainHoweverConfident() {
    IntentClassifier trusting = IntentClassifier.shipped(0.0, Language.FR);
    assertTrue(trusting.classify("xyz abc", Language.FR).uncertain());
    assertTrue(trusting.classify("qsdf zxcvb", Language.EN).uncertain());
    assertFalse(trusting.classify("xyz merci", Language.FR).uncertain(), "one known word is enough");
    assertFalse(trusting.classify("👍", Language.FR).uncertain(), "no word at all is read as usual");
  }

  @Test
  void answersTheSameFromManyThreads() throws Exception {
    List<String> texts = NluData.load(NluData.DEV).stream().map(LabelledReply::text).toList();
    List<Classification> sequential = texts.stream().map(t -> SHIPPED.classify(t, null)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Classification>>> runs = List.of(
          pool.submit(() -> texts.stream().map(t -> SHIPPED.classify(t, null)).toList()),
          pool.submit(() -> texts.stream().map(t -> SHIPPED.classify(t, null)).toList()),
          pool.submit(() -> texts.stream().map(t -> SHIPPED.classify(t, null)).toList()),
          pool.submit(() -> texts.stream().map(t -> SHIPPED.classify(t, null)).toList()));
      for (Future<List<Classification>> run : runs) {
        assertEquals(sequential, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void trainingAgainInAnotherJvmGivesTheShippedModelsByteForByte() throws Exception {
    ReplyModels.Models retrained = ShippedModels.train(NluData.load(NluData.TRAIN)).models();
    var files = Map.of(ShippedModels.INTENT, retrained.intents(), ShippedModels.REASON, retrained.reasons(),
        ShippedModels.LANGUAGE, retrained.languages());
    for (var file : files.entrySet()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      file.getValue().write(bytes);
      try (InputStream shipped = ShippedModels.open(file.getKey())) {
        assertArrayEquals(shipped.readAllBytes(), bytes.toByteArray(), file.getKey());
      }
    }
  }

  @Test
  void twoTrainingsGiveTheSameAnswers() {
    List<LabelledReply> train = NluData.load(NluData.TRAIN);
    List<LabelledReply> sample = IntStream.range(0, train.size()).filter(i -> i % 16 == 0)
        .mapToObj(train::get).toList();
    IntentClassifier first = IntentClassifier.train(sample, 0.5, Language.FR);
    IntentClassifier second = IntentClassifier.train(sample, 0.5, Language.FR);
    for (LabelledReply reply : NluData.load(NluData.DEV)) {
      assertEquals(first.classify(reply.text(), null), second.classify(reply.text(), null), reply.text());
    }
  }
}
