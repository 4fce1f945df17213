package org.relance.nlu.intent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

class TenseCuesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "je vais payer vendredi | g=future_pay",
      "le virement partira jeudi | g=future_pay",
      "je vous reglerai le solde | g=future_pay",
      "I'll pay on the 15th | g=future_pay",
      "gonna send the money monday | g=future_pay",
      "j'ai payé hier | g=past_pay",
      "le chèque est parti lundi | g=past_pay",
      "I paid it last week | g=past_pay",
      "we've transferred the money | g=past_pay",
      "pas encore payé, je le fais ce soir | g=notyet_pay",
      "je n'ai toujours pas payé | g=notyet_pay",
      "haven't paid yet | g=notyet_pay",
      "si vous enlevez les frais je paie | g=cond_pay",
      "could you waive the fee if I pay today | g=cond_pay",
      "pourriez-vous me rappeler | g=cond",
      "I won't be paying for that | g=refuse_pay",
      "je ne paierai pas cette facture | g=refuse_pay",
      "je ne vais pas payer | g=refuse_pay"})
  void readsTenseNegationAndCondition(String text, String expected) {
    Set<String> features = TenseCues.features(TextNormalizer.tokens(text));
    assertTrue(features.contains(expected), text + " gave " + features);
  }

  @ParameterizedTest(name = "{0} is one's income, no payment reported")
  @CsvSource(delimiter = '|', value = {
      "je suis payé le 30, je solde à ce moment-là",
      "I get paid on the 28th, I'll clear it then",
      "on est payés le 10",
      "I'm paid at the end of the month"})
  void beingPaidOneselfIsIncome(String text) {
    Set<String> features = TenseCues.features(TextNormalizer.tokens(text));
    assertTrue(features.contains("g=income") && !features.contains("g=past_pay"), text + " gave " + features);
  }

  @ParameterizedTest(name = "{0} still reports a payment")
  @CsvSource(delimiter = '|', value = {"c'est payé depuis lundi", "we have paid you", "je vous ai payé hier"})
  void aPaymentMadeIsNoIncome(String text) {
    Set<String> features = TenseCues.features(TextNormalizer.tokens(text));
    assertTrue(features.contains("g=past_pay") && !features.contains("g=income"), text + " gave " + features);
  }

  @ParameterizedTest(name = "{0} is no report of a payment")
  @CsvSource(delimiter = '|', value = {
      "pas encore payé, je le fais ce soir",
      "haven't paid yet but it's going out monday",
      "je vais payer vendredi"})
  void aPaymentNotYetMadeIsNoPastPayment(String text) {
    Set<String> features = TenseCues.features(TextNormalizer.tokens(text));
    assertTrue(!features.contains("g=past_pay"), text + " gave " + features);
    assertTrue(Arrays.asList("g=future_pay", "g=notyet_pay").stream().anyMatch(features::contains), text + " gave " + features);
  }
}
