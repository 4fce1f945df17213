package org.relance.nlu.intent;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NluDataTest {

  private static final List<LabelledReply> TRAIN = NluData.load(NluData.TRAIN);
  private static final List<LabelledReply> DEV = NluData.load(NluData.DEV);
  private static final List<LabelledReply> HARD = NluData.load(NluData.DEV_HARD);

  @Test
  void noDevReplyIsANearDuplicateOfATrainingReply() {
    List<Set<String>> trainSets = TRAIN.stream().map(r -> tokenSet(r.text())).toList();
    List<String> duplicates = new ArrayList<>();
    for (LabelledReply dev : concat(DEV, HARD)) {
      Set<String> devSet = tokenSet(dev.text());
      for (int i = 0; i < trainSets.size(); i++) {
        if (mayReach(devSet, trainSets.get(i), 0.8) && jaccard(devSet, trainSets.get(i)) >= 0.8) {
          duplicates.add(dev.text() + "  ~  " + TRAIN.get(i).text());
          break;
        }
      }
    }
    assertEquals(List.of(), duplicates, "dev replies too close to training replies (token-set Jaccard >= 0.8)");
  }

  @Test
  void everyIntentIsWellCoveredInBothLanguages() {
    for (Intent intent : Intent.values()) {
      for (Language lang : Language.values()) {
        long train = TRAIN.stream().filter(r -> r.intent() == intent && r.lang() == lang).count();
        long dev = DEV.stream().filter(r -> r.intent() == intent && r.lang() == lang).count();
        assertTrue(train >= 80, intent + "/" + lang + " has only " + train + " training replies");
        assertTrue(dev >= 25, intent + "/" + lang + " has only " + dev + " dev replies");
        long hard = HARD.stream().filter(r -> r.intent() == intent && r.lang() == lang).count();
        assertTrue(hard >= 12, intent + "/" + lang + " has only " + hard + " replies in the hard dev slice");
      }
    }
  }

  @Test
  void everyReasonIsTaughtAndEveryHardshipHasCashFlow() {
    for (DelayReason reason : DelayReason.values()) {
      long count = TRAIN.stream().filter(r -> r.reason() == reason).count();
      assertTrue(count >= 40, reason + " has only " + count + " training replies");
    }
    for (LabelledReply reply : concat(TRAIN, concat(DEV, HARD))) {
      if (reply.intent() == Intent.HARDSHIP) {
        assertEquals(DelayReason.CASH_FLOW, reply.reason(), reply.text());
      }
    }
  }

  @Test
  void collectiveProceedingsAreTaughtAsHardshipWithCashFlow() {
    List<String> proceedings = List.of("redressement judiciaire", "liquidation judiciaire", "surendettement", "sauvegarde",
        "administration", "liquidation", "iva", "debt relief order");
    for (String words : proceedings) {
      List<LabelledReply> stated = TRAIN.stream()
          .filter(r -> TextNormalizer.foldCase(r.text()).contains(words) && r.intent() == Intent.HARDSHIP).toList();
      assertTrue(stated.size() >= 3, "\"" + words + "\" is in only " + stated.size() + " hardship training replies");
    }
  }

  private static Set<String> tokenSet(String text) {
    return new HashSet<>(TextNormalizer.tokens(text));
  }

  /**
   * Whether the sizes allow a Jaccard index of {@code at least}: it is never above the smaller size over
   * the larger, so most of the 16 million pairs are told apart without counting their common tokens.
   */
  private static boolean mayReach(Set<String> a, Set<String> b, double atLeast) {
    return Math.min(a.size(), b.size()) >= atLeast * Math.max(a.size(), b.size());
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    long common = a.stream().filter(b::contains).count();
    return (double) common / (a.size() + b.size() - common);
  }

  private static List<LabelledReply> concat(List<LabelledReply> a, List<LabelledReply> b) {
    List<LabelledReply> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
