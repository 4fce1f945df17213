// Every text of the admin page, in French and English; the browser's language chooses.
"use strict";
window.T = (function () {
  const french = (navigator.language || "en").toLowerCase().startsWith("fr");
  document.documentElement.lang = french ? "fr" : "en";
  const fr = {
    cases: "Dossiers", ageing: "Ancienneté des créances", signout: "Se déconnecter", business: "Entreprise",
    stage: "Étape", status: "Statut", profile: "Profil", search: "Débiteur ou n° de facture", any: "Tous",
    filter: "Filtrer", csv: "Exporter en CSV", debtor: "Débiteur", balance: "Reste dû", overdue: "Jours de retard",
    next: "Prochaine étape", open: "Ouvrir", none: "Aucun dossier ne correspond.", page: "Page", of: "sur",
    previous: "Précédente", following: "Suivante", holds: "Suspendu par", promise: "Promesse", plan: "Échéancier",
    claim: "Créance à ce jour", journal: "Journal (JSON)", dossier: "Dossier de transmission (PDF)",
    declaration: "Déclaration de créance (PDF)",
    letter: "Lettre", timeline: "Chronologie", time: "Heure", event: "Événement", details: "Détails",
    pause: "Mettre en pause", resume: "Reprendre", personalDataExport: "Données personnelles (export)",
    personalDataErase: "Effacer les données personnelles",
    personalDataReason: "Pourquoi effacer les données personnelles de ce débiteur ? (consigné au journal d'audit)",
    dispute: "Contestation", disputeByPhone: "signalée au téléphone", disputeOutcome: "Contestation réglée par", disputeAmount: "Montant (avoir, ou montant réellement dû)",
    disputeResolve: "Régler la contestation", dispute_credit_note: "un avoir", dispute_corrected_amount: "un montant corrigé",
    dispute_cancelled: "l'annulation de la facture", dispute_rejected: "le rejet de la contestation", readonly: "Lecture seule : votre compte ne modifie rien ici.",
    loading: "Chargement…", failed: "Désolé, cela n'a pas abouti : ", invoices: "Factures",
    inDebtor: "reçu du débiteur", outDebtor: "envoyé au débiteur", inOwner: "reçu du créancier",
    outOwner: "adressé au créancier, non au débiteur", notYetDue: "Pas encore échu", days: "jours",
    weighted: "Retard moyen pondéré par le montant (factures échues) : ",
    dso: "DSO (créances ÷ ventes des {days} derniers jours × {days}) : ", noDso: "DSO : aucune facture émise ces {days} derniers jours.",
    statsChart: "Graphique des sommes dues par ancienneté", total: "Total dû : ",
    noAgeing: "Rien n'est dû pour le moment.", accounts: "Comptes", minBalance: "Reste dû d'au moins", email: "Adresse e-mail", role: "Rôle",
    password: "Mot de passe", add: "Ajouter", addAccount: "Ajouter un compte", disable: "Désactiver",
    disabled: "désactivé", enabled: "actif", allBusinesses: "Toutes les entreprises", save: "Enregistrer", back: "← Retour aux dossiers", on: "le",
    parked: "Événements mis de côté par les vues (voir /health et la table relance_parked_event) : ",
    provisional: "Montant provisoire : le taux officiel de certaines périodes ne figure pas encore dans les tables "
      + "de Relance, le dernier taux connu a donc été reporté. Les lettres le signalent au débiteur, et le montant "
      + "sera recalculé dès que le taux officiel aura été ajouté.",
    carriedFrom: "reporté du", publishedOn: "publié le", half1: "1er semestre ", half2: "2nd semestre ",
    "ecb-main-refinancing": "taux de refinancement de la BCE", "fr-legal-other-cases": "taux de l'intérêt légal",
    "fr-legal-private-persons": "taux de l'intérêt légal des particuliers",
    "boe-base-rate": "taux de base de la Banque d'Angleterre",
    importTitle: "Importer des factures", importHelp: "Un export CSV ou Excel (XLSX) de vos factures, ou une facture Factur-X (PDF) ou XML. Vérifiez les colonnes avant d'importer ; ré-importer le même fichier ne double rien.",
    importRead: "Lire le fichier", importNone: "(aucune)", importGo: "Importer", importRows: "ligne(s)",
    importCounts: "Ajoutées : {created} · mises à jour : {updated} · inchangées : {unchanged} · payées : {paid} · déjà réglées : {skipped} · refusées : {rejected}",
    importDone: "Import terminé. ", importLine: "Ligne", importField: "Colonne", importError: "Motif"
  };
  const en = {
    cases: "Cases", ageing: "Ageing", signout: "Sign out", business: "Business", stage: "Stage", status: "Status",
    profile: "Profile", search: "Debtor or invoice number", any: "Any", filter: "Filter", csv: "Export as CSV",
    debtor: "Debtor", balance: "Balance", overdue: "Days overdue", next: "Next step", open: "Open",
    none: "No case matches.", page: "Page", of: "of", previous: "Previous", following: "Next",
    holds: "Held by", promise: "Promise", plan: "Payment plan", claim: "Claim as of today",
    journal: "Journal (JSON)", dossier: "Handover dossier (PDF)",
    declaration: "Proof of claim (PDF)", letter: "Letter", timeline: "Timeline",
    time: "Time", event: "Event", details: "Details", pause: "Pause", resume: "Resume", personalDataExport: "Personal data (export)",
    personalDataErase: "Erase personal data",
    personalDataReason: "Why erase this debtor's personal data? (kept in the audit log)",
    dispute: "Dispute", disputeByPhone: "raised on the phone", disputeOutcome: "Dispute settled by", disputeAmount: "Amount (credit note, or the amount really owed)",
    disputeResolve: "Settle the dispute", dispute_credit_note: "a credit note", dispute_corrected_amount: "a corrected amount",
    dispute_cancelled: "cancelling the invoice", dispute_rejected: "rejecting the dispute",
    readonly: "Read only: your account changes nothing here.", loading: "Loading…",
    failed: "Sorry, that did not work: ", invoices: "Invoices", inDebtor: "received from the debtor",
    outDebtor: "sent to the debtor", inOwner: "received from the creditor", outOwner: "sent to the creditor, not to the debtor",
    notYetDue: "Not yet due", days: "days", weighted: "Average days past due, weighted by amount (overdue invoices): ",
    dso: "DSO (receivables ÷ sales of the last {days} days × {days}): ", noDso: "DSO: no invoice issued in the last {days} days.",
    statsChart: "Chart of the amounts owed by age",
    accounts: "Accounts", minBalance: "Balance at least", email: "Email", role: "Role", password: "Password", add: "Add",
    addAccount: "Add an account", disable: "Disable", disabled: "disabled", enabled: "enabled",
    allBusinesses: "Every business", save: "Save",
    total: "Total owed: ", noAgeing: "Nothing is owed at the moment.", back: "← Back to the cases", on: "on",
    parked: "Events set aside by the read sides (see /health and the table relance_parked_event): ",
    provisional: "Provisional amount: the official rate of some periods is not yet in Relance's tables, so the "
      + "last known rate was carried forward. The letters say so to the debtor, and the amount will be "
      + "recalculated once the official rate is added.",
    carriedFrom: "carried forward from", publishedOn: "published on", half1: "January–June ", half2: "July–December ",
    "ecb-main-refinancing": "European Central Bank main refinancing rate",
    "fr-legal-other-cases": "French legal interest rate",
    "fr-legal-private-persons": "French legal interest rate for private persons", "boe-base-rate": "Bank of England base rate",
    importTitle: "Import invoices", importHelp: "A CSV or Excel (XLSX) export of your invoices, or a Factur-X invoice (PDF) or XML. Check the columns before importing; importing the same file again doubles nothing.",
    importRead: "Read the file", importNone: "(none)", importGo: "Import", importRows: "row(s)",
    importCounts: "Added: {created} · updated: {updated} · unchanged: {unchanged} · paid: {paid} · already settled: {skipped} · refused: {rejected}",
    importDone: "Import finished. ", importLine: "Row", importField: "Column", importError: "Reason"
  };
  const texts = french ? fr : en;
  return key => texts[key] || key;
})();
