// The catalogue's filter panel (a <details>) is a fold on a phone and a sidebar beside the results on a wide screen
// (wegwijzer.css, "catalogue"). This file only opens it there, also after htmx swapped in new results; without
// JavaScript the sidebar shows the closed fold, one tap away.
(() => {
  if (window.wegwijzerCatalogue) return; // htmx runs this file again after each swap; listen only once
  window.wegwijzerCatalogue = true;
  const wide = window.matchMedia("(min-width: 60em)"); // the same width as the two columns in wegwijzer.css
  const openOnWideScreens = () => {
    const panel = document.getElementById("filters");
    if (panel && wide.matches) panel.open = true;
  };
  openOnWideScreens();
  wide.addEventListener("change", openOnWideScreens);
  document.addEventListener("htmx:afterSettle", openOnWideScreens);
})();
