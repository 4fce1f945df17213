package org.relance.nlu.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * Hand-written cue phrases, French and English, for what decides an intent or a reason: a stop
 * request, a wrong contact, a contested invoice, a payment already made, a plan, an invoice never
 * received... Each cue found becomes one feature ({@code cue=stop}); the models weigh it with
 * everything else, so a cue helps on unseen wordings without overruling them. The first cue of
 * a reply is also a feature of its own: "je paie vendredi, un geste ?" leads with the promise.
 *
 * <p>Phrases are written on normalised tokens (no accents, elisions spelled out: "j'ai" is
 * "je ai"), separated by {@code |}; a word ending in {@code *} matches any word it begins, a
 * phrase starting with {@code ^} only at the start of the reply. Matching walks the tokens once
 * with a hash lookup per word prefix, a few microseconds per reply.
 */
final class CueLexicon {

  private record Phrase(String cue, String[] parts, boolean atStart) {}

  /** Cue name → phrases; sorted, so that every JVM builds the same index and the same features. */
  private static final Map<String, String> CUES = new TreeMap<>(Map.ofEntries(
      Map.entry("stop", "^stop|stop les|stop aux|stop messag*|stop sms|stop texting|stop sending|stop writing|stop it|stop everything"
          + "|stop ces|stop vos|stoppe* tout|stoppe* ces|arrete* de|arrete* les|arrete* tout|arrete* vos|arret des|cesse*|desinscri*"
          + "|desabonn*|unsubscribe*|opt out|leave me alone|laisse* moi tranquille|plus de message*|plus de sms|plus de relance*"
          + "|plus jamais de|jamais de message*|ne plus me|ne me relance*|ne me recontact*|no more|harcel*|harass*|spam*|quit it"
          + "|quit messaging|quit texting|do not message|do not text|do not contact|never message|never text|ne ecrive* plus"
          + "|ecrivez plus|take my number|remove me|retire* moi|supprime* mon numero|effacez mes|delete my|turn off|reminders over"
          + "|do not chase|no further message*|ne plus avoir de vos|hear from you again|refuse de recevoir|refuse to receive|refuse de etre|object to|me oppose|further messages|other messages|autres messages|plus aucun|fiche* moi la paix|fichez moi|get off my back|ca suffit|off your list|remove my number|my number off|retire* mon numero|block this number|bloque ce numero|bloquer ce numero|plus un seul|not one more"),
      Map.entry("wrong_contact", "pas moi|not me|wrong number|wrong person|wrong contact|wrong guy|mauvais numero|mauvais contact"
          + "|mauvaise personne|mauvais destinataire|trompe* de|quitte la societe|quitte cette|quitte la boite|left the company"
          + "|left that|ne travaille plus|ne suis plus salarie|no longer work*|no longer employed|not employed|never heard|jamais entendu"
          + "|do not work there|ne connais pas|erreur de destinataire|erreur sur la personne|mistaken identity|someone else|quelqu un d autre"
          + "|numero errone|incorrect number|aucun rapport avec moi|nothing to do with me|aucun lien|no link|ne me dit rien"
          + "|means nothing to me|ne suis pas la bonne|not the person|ne suis pas le client|not the client|ne suis pas votre|not your client"
          + "|ne suis pas le debiteur|not the debtor|ne est pas mon nom|not my name|ne me appelle pas|name is not|appartenait"
          + "|belongs to someone|had this number|had this mobile|previous owner|ancien numero|old number|confond*|confusing me|pas le bon numero|right number|ne me concerne pas|not concern|does not concern|no connection|plus de lien|personne de ce nom|aucune personne|no longer belongs|belong to|appartient plus|former partner|ancien associe|update your records|mettre a jour votre fichier|mettez a jour|wrong firm|mauvaise entreprise|is not mine|rachete ce numero|autre societe|autre boite|different company|another company|another firm|left the business|left the firm|has left|a quitte le|a quitte la|quit the company"),
      Map.entry("dispute", "conteste*|contest*|disput*|desaccord|disagree|pas de accord|do not agree|ne vous dois rien|do not owe"
          + "|not owed|pas due|ne est pas due|refuse de payer|refuse to pay|not paying|ne paierai|paierai pas|ne reglerai|will not pay"
          + "|hors de question|no way|pas question|je ne valide pas|do not accept"),
      Map.entry("quality", "pas fini*|pas termine*|pas conforme|pas livre*|not finished|not complete*|not done|not delivered|never done"
          + "|never finished|never delivered|did not finish|ne a pas fini|defectu*|faulty|broken|casse*|mal fait*|poorly|shoddy|sloppy"
          + "|bacle*|plante*|crash*|ne fonctionne|does not work|still does|fuite|leak|abandon*|il manque la moitie|missing|rien ne a ete livre"
          + "|nothing was delivered|nothing arrived|ecaille*|peeling|travail de cochon|finitions|mess|ne correspond* pas a la commande"
          + "|match the order|retard du chantier|ran * weeks late|delays on the job|desagrement*|hassle"),
      Map.entry("invoice_error", "erreur|mistake|faux|errone*|wrong amount|wrong vat|tva|vat|deux fois|twice|en double|double facturation"
          + "|billed twice|duplicate|avoir|credit|acompte|deposit|devis|quote|superieur|higher than|frais de retard|frais de deplacement"
          + "|late fees|travel costs|heures|hours|montant|amount|refactur*|billing it again|charged"),
      Map.entry("paid", "je ai paye|je ai regle|je ai vire|je ai solde|je ai envoye le cheque|je ai fait le virement|je ai tout paye"
          + "|je ai tout regle|je ai deja|je ai donne le cheque|je vous ai regle|je vous ai paye|je vous ai verse|je vous ai vire"
          + "|je vous ai deja|on vous a paye|nous avons paye|mon comptable a fait|deja paye|deja regle|ce est paye|ce est regle"
          + "|ce est deja|est paye|tout est paye|tout a ete paye|paiement effectue|paiement fait|payment made|payment sent|payment done"
          + "|payment was|virement est parti|virement a ete effectue|cheque poste|cheque est parti|reglement envoye|reglement a ete"
          + "|prelevement est passe|facture soldee|solde|paid|settled|i sent you|i sent the|i wired|i cleared|i posted|posted the|cheque went"
          + "|went out|went through|it is all paid|has been paid|been settled|regle hier|paye hier"),
      Map.entry("plan", "en #num fois|en deux fois|en trois fois|en quatre fois|en cinq fois|en six fois|en plusieurs fois|#num_x|etal*"
          + "|echelon*|echeanc*|mensualit*|fractionn*|par mois|par semaine|par tranches|chaque mois|plusieurs paiements|plusieurs versements"
          + "|#num versements|#num virements|#num prelevements|#num cheques|#num echeances|instal*|spread*|split*|payment plan|payment schedule"
          + "|repayment|plan de paiement|calendrier de paiement|a month|per month|per week|each month|monthly|mensuellement|stagger*"
          + "|in chunks|in parts|several parts|#num parts|#num payments|#num monthly|#num transfers|#num direct|#num post|#num goes"
          + "|bit by bit|petit a petit|gradually|smaller payments|la moitie * et le|half * and the|le reste en|the rest over|decoup*|plan de remboursement|moitie maintenant|half now|small regular|smaller|bit by bit|chaque semaine|every week|break it up"),
      Map.entry("promise", "je vous paie|je paie|je paye|je vous regle|je regle|je payerai|je reglerai|je vous vire|je vire|je verse"
          + "|je vous verse|je fais le virement|je vous fais un virement|je vous envoie le cheque|je envoie le cheque|je vais payer|je vais regler"
          + "|je vais vous payer|je me en occupe|je passe vous payer|je le refais|je la regle|i will pay|i will settle|i will send|i will transfer"
          + "|i will wire|i will sort|i will make|i will drop|i will redo|will pay|will be paid|will be in your|will go out|will be made"
          + "|vous serez paye|vous aurez|you will be paid|you will have|promis|promise|sans faute|without fail|je me engage|i commit"
          + "|paiement prevu|reglement sera|payment scheduled|payment planned|comptez sur moi|count on me|arrive demain|arrives"
          + "|au plus tard|at the latest|paiement partira|going out|paying|sera sur votre|argent sera|argent arrive|money will|money arrives|rembourse*|pay you back|on vous paie|we will pay|reglement arrive|payment is coming|je vais faire|je vais vous|je vais envoyer|je vais tout|on va vous|nous allons|nous reglerons|nous procederons|sera fait|sera regle*|sera paye*|sera solde*|sera effectue|sera lance|sera poste|partira|vous recevrez|vous parviendra|je me en occupe|je fais le necessaire|going to pay|going to send|gonna|i will get|i will clear|i will put|i will have|i will do|will be settled|will be cleared|will be done|will reach|will follow|will be with you|i intend to|leave it with me|i am sending|we are paying|regularis*|acquitter"),
      Map.entry("discount", "remise|reduction|discount|rabais|ristourne|geste|escompte|money off|knock|waive|enleve* les frais"
          + "|retire* les|retire* la|retirez|annule* les|annule* la|supprime* les|baisse*|lower|reduce|diminue*|prix de ami|mates rate"
          + "|pour solde de tout compte|full and final|call it even|goodwill|% off|#num off|effort sur le prix|faites moi un prix|better price"
          + "|arrondir|round it|au lieu de la totalite|instead of the full|effacer les frais|write off|cut the fees|remove the|removed the"
          + "|deal|un prix|cheaper|moins cher|trop cher|too expensive|n en parle plus|pour solder|pour clore|pour cloturer|to close|to settle the|take off|drop the|bring it down|faire sauter|sans les interets|without the interest|off the total|enlever les|enlevez les|penalit*|negociable|negotiable|ristourne"),
      Map.entry("hardship", "redressement|liquidation|liquidated|sauvegarde|surendett*|bankrupt*|into administration|in administration|en administration|administrateur judiciaire|receivership"
          + "|cessation de paiement*|ceased trading|pas les moyens|pas de argent|pas un centime|pas les sous|pas les fonds|pas de quoi"
          + "|plus rien|plus de argent|plus de revenus|plus de rentrees|plus de tresorerie|plus aucune|tresorerie|cash flow|cash crunch"
          + "|fauche|broke|skint|afford|no money|no income|no cash|nothing left|the money|the funds|a penny|chomage|unemployed|decouvert"
          + "|overdra*|difficulte*|difficult|rough patch|in the red|dans le rouge|a sec|ruine|ruined|endette*|debt*|dettes|rsa|benefits"
          + "|perdu mon emploi|lost my job|caisses sont vides|coffers|money coming|minimum|loyer|rent|mauvaise passe|tight|juste*"
          + "|situation|finances|financ*|sans ressources|no resources|depot de bilan|insolven*|brink|crible de dettes|drowning|vide|empty|stretched|ne me en sors plus|can not cope|liquidat*|administrator*|iva|debt relief|mandataire|procedure collective|depose* le bilan|deposer le bilan|wound up|struggling|faillite|go under|fold|universal credit|cessation|at zero|a zero|zero cash|plus un sou|un rond|coule|sous le eau|licenci*|laid off|redundan*|neck in debt"),
      Map.entry("not_received", "jamais recu|pas recu|rien recu|ai pas eu|jamais parvenue|never received|never got|never reached"
          + "|did not get|did not receive|have not received|not received|no invoice received|aucune facture|pas arrive*|ancienne adresse"
          + "|old address|wrong email|wrong address|mauvaise adresse|bon de commande|po number|order number|numero de commande"
          + "|wrong company|mauvaise societe|went to our|partie a notre"),
      Map.entry("approval", "compta|comptab*|accountant|accounts team|accounts department|bookkeeper|validation|valide les|valide le|valide la|valider|valident|validee|validate*|approv*|sign off|signe le"
          + "|signs the|signer toutes|daf|cfo|finance director|directeur financier|circuit|service achats|purchasing|commission"
          + "|committee|expert comptable|director has|board|managing director|md|management|comite|pdg|visa de|sign* off|signe* par"),
      Map.entry("absence", "vacances|holiday*|conge|conges|on leave|from leave|malade|maladie|was ill|been ill|am ill|sick|hopital|hospital*|hospitalise"
          + "|deplacement|travel*|abroad|etranger|ferme|fermes|closed|absent|absente|away|rentre de|back from|rentree|fetes|arret maladie"),
      Map.entry("bank", "banque|bank|rejete|rejected|bounced|revenu|retourne|returned|bloque*|block*|held|mandat|mandate|mauvais iban"
          + "|wrong iban|prelevement a ete refuse|direct debit failed|processing backlog|retard de traitement|takes # days|met # jours"),
      Map.entry("customer", "mon client|mon propre client|mes clients|my customer*|my client|my own client|my own customer|client final"
          + "|end client|maitre de ouvrage|main contractor|paid by my|paye par mon|client public|public sector|client me a paye"
          + "|client paid me|me paient|paying me"),
      Map.entry("forgot", "oubli*|forgot|forget|zappe|slipped my mind|out of my head|sorti de la tete|passe a la trappe|ne y pensais plus"),
      Map.entry("document", "rib|iban|bank details|banking details|coordonnees bancaires|sort code|renvoye*|envoye* moi|envoye* la|envoye* le"
          + "|transmet*|renvoie*|resend|send me|send the|send your|send it again|send another|forward|email me|post the|copie|copy|duplicata"
          + "|duplicate|releve|statement|pdf|lien de paiement|payment link|a quel ordre|payable to|recapitulatif|summary|detail*|justificatif"
          + "|breakdown|itemised|historique|history|libelle|reference|joindre la facture|attach the|adresser la facture|quel est votre adresse|what address|numero de facture|invoice number|attestation|another copy|autre exemplaire|new one|en refaire|retrouve pas|retrouve plus|misplaced|lost the invoice|perdu la facture|attachment|piece jointe|receipt|justificatif|online"),
      Map.entry("human", "appele* moi|appelez|appel|call me|call back|call you|ring me|phone*|telephon*|rappele* moi|rappeler|parler a"
          + "|parler au|parler avec|speak to|talk to|talk on|humain|human|real person|vraie personne|gerant|manager|patron|boss|responsable"
          + "|in charge|directeur|director|de vive voix|rendez vous|meet|meeting with|interlocuteur|me joindre|joignez|reach me|robot|bot|conseiller|advisor|coup de fil|phone call|contactez moi|contact me|give me a ring|in person|un appel|a call|au telephone|on the phone|someone live|en direct|adviser"),
      Map.entry("past", "hier|avant hier|dernier|derniere|la semaine derniere|il y a|yesterday|last week|last month|ago"),
      Map.entry("future", "demain|apres demain|lundi prochain|mardi prochain|mercredi prochain|jeudi prochain|vendredi prochain"
          + "|la semaine prochaine|le mois prochain|ce soir|fin du mois|fin de semaine|sous huitaine|dans # jours|tomorrow|tonight"
          + "|this weekend|end of the month|end of the week|next week|next month|next monday|next tuesday|next wednesday"
          + "|next thursday|next friday|in a week|in # weeks|in # days"),
      Map.entry("conditional", "si vous|si tu|si je|a condition|en echange|moyennant|if you|if i|provided|in exchange|as long as"),
      Map.entry("greeting", "^bonjour|^bonsoir|^salut|^coucou|^hello|^hi|^hey|^hiya|^good morning|^good evening|^good afternoon"
          + "|^good night|^dear|^morning|^madame|^monsieur|^re bonjour"),
      Map.entry("thanks", "merci|thanks|thank you|cheers|bien recu|bien note|note|noted|received|recu|entendu|understood|ok|accord"
          + "|parfait|perfect|#ok|ca marche|sounds good|super|top|great|brilliant|compris|bonne journee|bonne soiree|nice day|good day")));

  private static final Map<String, List<Phrase>> BY_FIRST_WORD = index();

  private CueLexicon() {}

  /** The names of the cues found in {@code tokens}, in the order they first appear. */
  static List<String> cuesIn(List<String> tokens) {
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      collect(BY_FIRST_WORD.get(token), tokens, i, found);
      for (int length = 1; length <= token.length(); length++) {
        collect(BY_FIRST_WORD.get(token.substring(0, length) + "*"), tokens, i, found);
      }
    }
    return new ArrayList<>(found);
  }

  private static void collect(List<Phrase> candidates, List<String> tokens, int start, Set<String> found) {
    if (candidates == null) {
      return;
    }
    for (Phrase phrase : candidates) {
      if ((!phrase.atStart() || start == 0) && !found.contains(phrase.cue()) && matches(phrase, tokens, start)) {
        found.add(phrase.cue());
      }
    }
  }

  private static boolean matches(Phrase phrase, List<String> tokens, int start) {
    if (start + phrase.parts().length > tokens.size()) {
      return false;
    }
    for (int k = 1; k < phrase.parts().length; k++) {
      if (!wordMatches(phrase.parts()[k], tokens.get(start + k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean wordMatches(String part, String token) {
    if (part.equals("#")) {
      return token.startsWith("#num");
    }
    return part.endsWith("*") ? token.startsWith(part.substring(0, part.length() - 1)) : token.equals(part);
  }

  private static Map<String, List<Phrase>> index() {
    Map<String, List<Phrase>> index = new HashMap<>();
    for (var cue : CUES.entrySet()) {
      for (String written : cue.getValue().split("\\|")) {
        boolean atStart = written.startsWith("^");
        String[] parts = (atStart ? written.substring(1) : written).trim().split(" ");
        index.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new Phrase(cue.getKey(), parts, atStart));
      }
    }
    return index;
  }
}
