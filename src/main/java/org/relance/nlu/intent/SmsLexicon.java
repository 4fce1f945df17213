package org.relance.nlu.intent;

import java.util.Map;

/**
 * The SMS spellings, abbreviations and emoji debtors write, mapped to the plain words (without
 * accents) the classifier's features are built on. Entries are whole tokens after lower-casing.
 */
final class SmsLexicon {

  private SmsLexicon() {}

  /** Abbreviation or SMS spelling → its plain form (may be several words). */
  static final Map<String, String> WORDS = Map.ofEntries(
      // French
      Map.entry("jvous", "je vous"), Map.entry("jte", "je te"), Map.entry("jpeux", "je peux"),
      Map.entry("chui", "je suis"), Map.entry("chuis", "je suis"), Map.entry("jsuis", "je suis"),
      Map.entry("jsui", "je suis"), Map.entry("jai", "je ai"), Map.entry("g", "je ai"),
      Map.entry("pk", "pourquoi"), Map.entry("pq", "pourquoi"), Map.entry("pkoi", "pourquoi"),
      Map.entry("tkt", "inquiete"), Map.entry("stp", "svp"), Map.entry("sil", "svp"),
      Map.entry("cb", "carte"), Map.entry("vir", "virement"), Map.entry("virmt", "virement"),
      Map.entry("bcp", "beaucoup"), Map.entry("mtn", "maintenant"), Map.entry("mnt", "maintenant"),
      Map.entry("dsl", "desole"), Map.entry("slt", "salut"), Map.entry("bjr", "bonjour"),
      Map.entry("bjour", "bonjour"), Map.entry("bsr", "bonsoir"), Map.entry("mrc", "merci"),
      Map.entry("mci", "merci"), Map.entry("auj", "aujourdhui"), Map.entry("ajd", "aujourdhui"),
      Map.entry("dem1", "demain"), Map.entry("2m1", "demain"), Map.entry("qd", "quand"),
      Map.entry("qnd", "quand"), Map.entry("kan", "quand"), Map.entry("ds", "dans"),
      Map.entry("tt", "tout"), Map.entry("tte", "toute"), Map.entry("pr", "pour"),
      Map.entry("c", "ce est"), Map.entry("ya", "il y a"), Map.entry("pa", "pas"),
      Map.entry("pb", "probleme"), Map.entry("pbm", "probleme"), Map.entry("pblm", "probleme"),
      Map.entry("fact", "facture"), Map.entry("fctr", "facture"), Map.entry("rdv", "rendez vous"),
      Map.entry("vs", "vous"), Map.entry("ns", "nous"), Map.entry("koi", "quoi"), Map.entry("ke", "que"),
      Map.entry("keske", "que est ce que"), Map.entry("dac", "accord"), Map.entry("dacc", "accord"),
      Map.entry("dak", "accord"), Map.entry("qq", "quelque"), Map.entry("cdlt", "cordialement"),
      Map.entry("ptit", "petit"), Map.entry("ptite", "petite"), Map.entry("oki", "ok"),
      Map.entry("okay", "ok"), Map.entry("k", "ok"), Map.entry("kk", "ok"), Map.entry("okk", "ok"),
      // English
      Map.entry("thx", "thanks"), Map.entry("thks", "thanks"), Map.entry("thanx", "thanks"),
      Map.entry("ty", "thanks"), Map.entry("tnx", "thanks"), Map.entry("u", "you"), Map.entry("ur", "your"),
      Map.entry("r", "are"), Map.entry("im", "i am"), Map.entry("cant", "can not"),
      Map.entry("dont", "do not"), Map.entry("wont", "will not"), Map.entry("didnt", "did not"),
      Map.entry("isnt", "is not"), Map.entry("doesnt", "does not"), Map.entry("havent", "have not"),
      Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("pleas", "please"),
      Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"), Map.entry("tmrow", "tomorrow"),
      Map.entry("2moro", "tomorrow"), Map.entry("2morrow", "tomorrow"), Map.entry("b4", "before"),
      Map.entry("2nite", "tonight"), Map.entry("pymt", "payment"), Map.entry("pmt", "payment"),
      Map.entry("paymt", "payment"), Map.entry("inv", "invoice"), Map.entry("acct", "account"),
      Map.entry("cos", "because"), Map.entry("coz", "because"), Map.entry("cuz", "because"),
      Map.entry("da", "the"), Map.entry("bc", "because"), Map.entry("msg", "message"),
      Map.entry("msgs", "messages"), Map.entry("txt", "text"), Map.entry("txts", "texts"));

  /** Emoji (and a few symbols) → a feature word; other pictographs become {@code #emoji}. */
  static final Map<String, String> EMOJI = Map.ofEntries(
      Map.entry("👍", "#ok"), Map.entry("👌", "#ok"), Map.entry("✅", "#ok"), Map.entry("✔", "#ok"),
      Map.entry("🙏", "#please"), Map.entry("😡", "#angry"), Map.entry("🤬", "#angry"), Map.entry("😠", "#angry"),
      Map.entry("👎", "#angry"), Map.entry("😢", "#sad"), Map.entry("😞", "#sad"), Map.entry("😕", "#sad"),
      Map.entry("😬", "#sad"), Map.entry("😭", "#sad"), Map.entry("😊", "#smile"), Map.entry("🙂", "#smile"),
      Map.entry("😉", "#smile"), Map.entry("😅", "#smile"), Map.entry("😂", "#smile"), Map.entry("😀", "#smile"),
      Map.entry("📞", "#phone"), Map.entry("☎", "#phone"), Map.entry("📱", "#phone"), Map.entry("📄", "#doc"),
      Map.entry("📎", "#doc"), Map.entry("💶", "#money"), Map.entry("💰", "#money"), Map.entry("💸", "#money"),
      Map.entry("€", "#money"), Map.entry("£", "#money"), Map.entry("$", "#money"), Map.entry("🤔", "#puzzled"),
      Map.entry("❓", "#puzzled"), Map.entry("🤷", "#puzzled"), Map.entry("?", "?"), Map.entry("!", "!"), Map.entry("%", "%"));
}
