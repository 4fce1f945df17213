package org.relance.email;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The debtor's own words are read, not what they quoted or their signature. */
class ReplyTextTest {

  @Test
  void aFrenchReplyLosesTheQuotedEmailAndTheSignature() {
    assertEquals("je vous règle le 15, désolé pour le retard", ReplyText.strip("""
        je vous règle le 15, désolé pour le retard

        -- 
        Paul Martin
        Boulangerie Martin

        Le jeu. 3 déc. 2026 à 08:00, Relance <relance@relance.test> a écrit :
        > Bonjour, je vous écris pour le compte de l’entreprise Atelier Dupont.
        > Total : 1 200,50 €.
        """));
  }

  @Test
  void anAttributionFoldedOverTwoLinesAndInterleavedQuotesAreLeftOut() {
    assertEquals("I will pay on Friday.\nThanks", ReplyText.strip("""
        > Could you tell me when the payment can be made?
        I will pay on Friday.
        Thanks
        On Thu, 3 Dec 2026 at 08:00, Relance
        <relance@relance.test> wrote:
        > Hello, I am writing on behalf of Atelier Dupont.
        """));
  }

  @Test
  void anOutlookHeaderBlockEndsTheReply() {
    assertEquals("Payé hier par virement.", ReplyText.strip("""
        Payé hier par virement.

        -----Message d'origine-----
        De : Relance <relance@relance.test>
        Objet : Relance amiable
        """));
    assertEquals("", ReplyText.strip("> only quoted\n"));
  }
}
