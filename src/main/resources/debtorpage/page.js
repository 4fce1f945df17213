// The debtor page (org.relance.debtorpage): light help only, the page works without it.
// A problem takes the focus to the field it concerns; the conversation shows its last lines.
document.addEventListener('DOMContentLoaded', function () {
  var problem = document.querySelector('.problem');
  if (problem) {
    var field = problem.parentElement.querySelector('input[type=text], textarea');
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    }
  }
  var conversation = document.getElementById('conversation');
  if (conversation) {
    conversation.scrollTop = conversation.scrollHeight;
  }
});
