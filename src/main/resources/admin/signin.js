// The sign-in page: French or English labels, and a courteous word after a failed attempt.
"use strict";
(function () {
  const french = (navigator.language || "en").toLowerCase().startsWith("fr");
  const texts = french
    ? {email: "Adresse e-mail", password: "Mot de passe", signin: "Se connecter",
       failed: "L'adresse ou le mot de passe ne correspond pas. Merci de réessayer."}
    : {email: "Email", password: "Password", signin: "Sign in",
       failed: "The email or password did not match. Please try again."};
  document.documentElement.lang = french ? "fr" : "en";
  document.querySelectorAll("[data-t]").forEach(node => { node.textContent = texts[node.dataset.t]; });
  if (new URLSearchParams(location.search).get("signin") === "failed") {
    const message = document.getElementById("message");
    message.textContent = texts.failed;
    message.hidden = false;
  }
})();
