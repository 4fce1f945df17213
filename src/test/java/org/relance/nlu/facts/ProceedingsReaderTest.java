package org.relance.nlu.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.relance.common.CollectiveProceedings;

/** The {@code proceedings} fact (NLU-CONTRACT.md, "Collective proceedings"): stated, not feared. */
class ProceedingsReaderTest {

  private final FactExtractor extractor = new FactExtractor();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "nous sommes en redressement judiciaire depuis le 2 décembre | reorganisation",
      "on est en redressement, je ne peux rien payer | reorganisation",
      "la société a été placée en RJ le mois dernier | reorganisation",
      "Nous avons été placés sous procédure de sauvegarde par le tribunal de commerce | safeguard",
      "le tribunal a ouvert une sauvegarde accélérée | safeguard",
      "mon entreprise est en liquidation judiciaire | liquidation",
      "la boite est en liquidation, voyez avec le liquidateur | liquidation",
      "ma commission de surendettement a déclaré mon dossier recevable | over_indebtedness",
      "jsuis en surendettement dsl | over_indebtedness",
      "mon dossier a été déclaré recevable par la banque de france | over_indebtedness",
      "We went into administration last week | administration",
      "administrators have been appointed, please contact them | administration",
      "The company is in receivership | administration",
      "the company entered liquidation on 1 December | liquidation",
      "a liquidator has been appointed | liquidation",
      "I have entered an IVA so I cannot pay you directly | over_indebtedness",
      "I was granted a debt relief order last month | over_indebtedness",
  })
  void aStatedProceedingIsRead(String text, String kind) {
    assertEquals(CollectiveProceedings.fromWire(kind), read(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "on risque le redressement si vous ne patientez pas",
      "si ça continue on va finir en liquidation",
      "j'ai peur qu'on soit placés en redressement judiciaire",
      "nous ne sommes pas en redressement, juste un retard",
      "we may go into administration if this goes on",
      "we are trying to avoid administration",
      "we could end up in liquidation",
      "we are not in administration, just late",
      "j'ai eu un redressement fiscal, je paie vendredi",
      "c'est la liquidation des stocks, on vous règle après",
      "j'ai fait une sauvegarde de vos factures",
      "l'administration fiscale m'a bloqué le compte",
      "our system administrator is away, the invoice will be paid on Friday",
      "je vous paie vendredi",
  })
  void aFearANegationOrAnotherMeaningIsNoProceeding(String text) {
    assertNull(read(text), text);
  }

  @Test
  void theOpeningJudgmentDateIsTheDateItNamesInThePast() {
    LocalDate received = LocalDate.of(2026, 12, 10);
    assertEquals(LocalDate.of(2026, 12, 2),
        ProceedingsReader.judgmentDate("nous sommes en redressement judiciaire depuis le 2 décembre", received));
    assertEquals(LocalDate.of(2026, 11, 20),
        ProceedingsReader.judgmentDate("we went into administration on 20 November", received));
    assertNull(ProceedingsReader.judgmentDate("on est en liquidation", received));
  }

  private CollectiveProceedings read(String text) {
    return extractor.extract(text, LocalDate.of(2026, 12, 10), false).proceedings();
  }
}
