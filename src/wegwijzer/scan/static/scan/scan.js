// Small improvements when JavaScript runs; every page works without this file.
// - A print button on the ontwikkelplan (without JavaScript the page says to print from the browser menu).
// - After htmx swapped in the next question (hx-boost), focus moves to its heading, as on a new page.
(() => {
  const revealPrintButtons = () => {
    for (const button of document.querySelectorAll("[data-scan-print]")) button.hidden = false;
    for (const note of document.querySelectorAll("[data-scan-no-print]")) note.hidden = true;
  };
  revealPrintButtons();
  if (window.wegwijzerScan) return; // htmx runs this file again after each swap; listen only once
  window.wegwijzerScan = true;
  document.addEventListener("click", (event) => {
    if (event.target.closest("[data-scan-print]")) window.print();
  });
  document.addEventListener("htmx:afterSettle", () => {
    revealPrintButtons();
    const heading = document.querySelector("main h1");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  });
})();
