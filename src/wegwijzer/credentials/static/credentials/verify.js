// The verification page's file button is a <label> (the browser's own button speaks the browser's language). The
// button works without JavaScript; this only says which file was chosen, as the browser's own input would.
(() => {
  const input = document.getElementById("bestand");
  const chosen = document.querySelector(".credentials-file__chosen");
  if (!input || !chosen) return;
  input.addEventListener("change", () => {
    chosen.textContent = input.files.length ? `${chosen.dataset.chosen} ${input.files[0].name}` : "";
  });
})();
