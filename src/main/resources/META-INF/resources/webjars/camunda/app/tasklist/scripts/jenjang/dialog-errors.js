// Jenjang: a refusal in Tasklist's "Mulai proses" dialog ("Proses tidak dapat dimulai. : nip: ...") is shown at
// the top of the dialog, while the person clicked "Mulai" below a start form taller than the window: nothing
// seemed to happen. Each new refusal there is scrolled into view. Loaded through customScripts in config.js.
const DIALOG_ERROR = '.modal-dialog [notifications-panel] .alert-danger';

new MutationObserver(() => {
  document.querySelectorAll(DIALOG_ERROR).forEach((alert) => {
    if (!alert.dataset.jenjangShown) {
      alert.dataset.jenjangShown = 'true';
      alert.scrollIntoView({block: 'start'});
    }
  });
}).observe(document.body, {childList: true, subtree: true});
