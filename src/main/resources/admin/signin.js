// The sign-in pages (form and one-time link): French or English labels, a courteous word after a
// failed attempt, the link's token copied from the address into the form, and the form's own token
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
       retry: "La page de connexion avait expiré. Merci de saisir à nouveau vos identifiants."}
    : {email: "Email", password: "Password", signin: "Sign in",
       failed: "The email or password did not match. Please try again.",
       expired: "This sign-in link has expired or was already used. Please ask the bot for a new one with /web.",
       linkIntro: "You are signing in with a link from Relance.", continue: "Continue",
       throttled: "Too many attempts for this email. Please wait a few minutes before trying again.",
       busy: "Many sign-ins right now. Please try again in a minute.",
       retry: "The sign-in page had expired. Please enter your details again."};
  document.documentElement.lang = french ? "fr" : "en";
  document.querySelectorAll("[data-t]").forEach(node => { node.textContent = texts[node.dataset.t]; });
  const outcome = new URLSearchParams(location.search).get("signin");
  const message = document.getElementById("message");
  if (message && ["failed", "expired", "throttled", "busy", "retry"].includes(outcome)) {
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
