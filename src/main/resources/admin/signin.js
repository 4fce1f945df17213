// The sign-in pages (form, one-time link, the first admin's page): French or English labels, a
// courteous word after a failed attempt, the link's token copied from the address into the form, and the form's own token
// (from the cookie the page came with) copied into each form, so another site cannot post it.
"use strict";
(function () {
  const french = (navigator.language || "en").toLowerCase().startsWith("fr");
  const texts = french
    ? {email: "Adresse e-mail", password: "Mot de passe", signin: "Se connecter",
       failed: "L'adresse ou le mot de passe ne correspond pas. Merci de réessayer.",
       expired: "Ce lien de connexion a expiré ou a déjà servi. Demandez-en un nouveau au bot avec /web, s'il vous plaît.",
       linkIntro: "Vous vous connectez avec un lien envoyé par Relance.", continue: "Continuer",
       throttled: "Trop d'essais pour cette adresse. Merci de patienter quelques minutes avant de réessayer.",
       busy: "Beaucoup de connexions en ce moment. Merci de réessayer dans une minute.",
       retry: "La page de connexion avait expiré. Merci de saisir à nouveau vos identifiants.",
       firstIntro: "Aucun compte n'existe encore : choisissez l'adresse e-mail et le mot de passe du premier administrateur.",
       newPassword: "Mot de passe (12 caractères au moins)", repeatPassword: "Mot de passe, à nouveau",
       createAdmin: "Créer le compte",
       first_exists: "Un compte existe déjà : ce lien de premier compte ne sert plus. Merci de vous connecter, ou de demander à un administrateur d'ajouter votre compte.",
       first_spent: "Ce lien de premier compte a expiré ou a déjà servi. Tant qu'aucun compte n'existe, le service en affiche un nouveau à chaque démarrage.",
       mismatch: "Les deux mots de passe diffèrent. Merci de les saisir à nouveau.",
       password: "Le mot de passe doit compter 12 caractères au moins. Merci d'en choisir un plus long.",
       invalid_email: "Cette adresse e-mail ne semble pas valide. Merci de la vérifier."}
    : {email: "Email", password: "Password", signin: "Sign in",
       failed: "The email or password did not match. Please try again.",
       expired: "This sign-in link has expired or was already used. Please ask the bot for a new one with /web.",
       linkIntro: "You are signing in with a link from Relance.", continue: "Continue",
       throttled: "Too many attempts for this email. Please wait a few minutes before trying again.",
       busy: "Many sign-ins right now. Please try again in a minute.",
       retry: "The sign-in page had expired. Please enter your details again.",
       firstIntro: "No account exists yet: choose the email and password of the first administrator.",
       newPassword: "Password (at least 12 characters)", repeatPassword: "Password again",
       createAdmin: "Create the account",
       first_exists: "An account exists already, so this first-account link no longer works. Please sign in, or ask an administrator to add your account.",
       first_spent: "This first-account link has expired or was already used. While no account exists, the service prints a new one each time it starts.",
       mismatch: "The two passwords differ. Please type them again.",
       password: "The password needs at least 12 characters. Please choose a longer one.",
       invalid_email: "This email address does not look right. Please check it."};
  document.documentElement.lang = french ? "fr" : "en";
  document.querySelectorAll("[data-t]").forEach(node => { node.textContent = texts[node.dataset.t]; });
  const query = new URLSearchParams(location.search);
  // a sign-in's outcome (?signin=) or, on the first admin's page, what to correct (?problem=)
  const outcome = query.get("signin") || query.get("problem");
  const message = document.getElementById("message");
  if (message && ["failed", "expired", "throttled", "busy", "retry", "first_exists", "first_spent", "mismatch",
      "password", "invalid_email"].includes(outcome)) {
    message.textContent = texts[outcome];
    message.hidden = false;
  }
  const cookie = document.cookie.split("; ").find(c => c.startsWith("relance_signin="));
  document.querySelectorAll(".form-token").forEach(field => {
    field.value = cookie ? cookie.substring("relance_signin=".length) : "";
  });
  const token = document.getElementById("link-token");
  if (token) {
    token.value = decodeURIComponent(location.pathname.substring(location.pathname.lastIndexOf("/") + 1));
  }
})();
