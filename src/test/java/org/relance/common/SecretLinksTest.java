package org.relance.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** What the journal may show of a link: its shape, never its token. */
class SecretLinksTest {

  @Test
  void aBotLinkKeepsItsShapeButNotItsToken() {
    assertEquals("Transmettez ce lien :\nhttps://t.me/relance_bot?start=•••\nIl fonctionne une fois.",
        SecretLinks.masked("Transmettez ce lien :\nhttps://t.me/relance_bot?start=AbCd-Ef_GhIjKlMnOpQrSt\n"
            + "Il fonctionne une fois."));
    assertEquals("tg://resolve?domain=relance_bot&start=•••",
        SecretLinks.masked("tg://resolve?domain=relance_bot&start=AbCdEfGh"));
  }

  @Test
  void aStartCommandAndASignInLinkAreMaskedToo() {
    assertEquals("/start •••", SecretLinks.masked("/start AbCdEfGhIjKlMnOpQrStUv"));
    assertEquals("/start@relance_bot •••", SecretLinks.masked("/start@relance_bot AbCdEfGh"));
    assertEquals("https://relance.example/signin/link/•••", SecretLinks.masked(
        "https://relance.example/signin/link/Zx9-ab_CDefGH"));
  }

  @Test
  void aDebtorPageLinkAndItsSignedAnswersAreMasked() {
    assertEquals("Votre espace : https://relance.example/d/••• (merci)", SecretLinks.masked(
        "Votre espace : https://relance.example/d/AbCd-Ef_GhIjKlMnOpQrSt (merci)"));
    assertEquals("Oui : https://relance.example/d/•••/answer/bWFpbA.yes:12.sig", SecretLinks.masked(
        "Oui : https://relance.example/d/AbCdEfGhIjKlMnOpQrStUv/answer/bWFpbA.yes:12.sig"));
  }

  @Test
  void ordinaryWordsAndMaskedTextAreLeftAlone() {
    assertEquals("I can start paying on Friday", SecretLinks.masked("I can start paying on Friday"));
    assertEquals("https://t.me/relance_bot?start=•••", SecretLinks.masked("https://t.me/relance_bot?start=•••"));
    assertNull(SecretLinks.masked(null));
  }
}
