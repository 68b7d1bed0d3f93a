// "Lees voor": a button beside every text marked data-read-aloud (each scan question, answer option and advice
// step), which speaks that text with the browser's own speech synthesis (Web Speech API) in the text's language.
// Progressive enhancement: the buttons are added only when the browser has speechSynthesis and a voice for the
// page's language on the device itself (localService); otherwise, and without JavaScript, the page is as it was.
// A voice that works through an online service is never used: an advice step can say something sensitive
// ("schuldhulp"), and it must not leave the phone. Nothing is sent to a server, ours or another's.
// The button's words come from the page (data-read-aloud-label on <body>), in the page's language.
(() => {
  if (window.wegwijzerReadAloud) return; // htmx may run this file again after a swap; set up once
  window.wegwijzerReadAloud = true;
  if (!("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") return;
  const synth = window.speechSynthesis;
  let speaking = null; // the button whose text is being read

  const baseLanguage = (tag) => (tag || "").toLowerCase().split(/[-_]/)[0];
  const voiceFor = (language) =>
    synth
      .getVoices()
      .find((voice) => voice.localService && baseLanguage(voice.lang) === baseLanguage(language)) || null;

  const languageOf = (element) => element.closest("[lang]").getAttribute("lang");

  const stop = () => {
    synth.cancel();
    if (speaking) speaking.setAttribute("aria-pressed", "false");
    speaking = null;
  };

  const read = (button, element) => {
    const wasThisOne = speaking === button;
    stop();
    if (wasThisOne) return; // a second press stops
    const language = languageOf(element);
    const utterance = new SpeechSynthesisUtterance(element.innerText.trim());
    utterance.lang = language;
    const voice = voiceFor(language);
    if (!voice) return; // the device's voice went away: never fall back to a default that may be online
    utterance.voice = voice;
    utterance.onend = utterance.onerror = () => {
      if (speaking === button) stop();
    };
    speaking = button;
    button.setAttribute("aria-pressed", "true");
    synth.speak(utterance);
  };

  const addButtons = (root) => {
    const label = document.body.dataset.readAloudLabel;
    for (const element of root.querySelectorAll("[data-read-aloud]:not([data-read-aloud-ready])")) {
      element.setAttribute("data-read-aloud-ready", "");
      if (!voiceFor(languageOf(element))) continue; // e.g. a Dutch text on an Arabic page, no Dutch voice here
      const button = document.createElement("button");
      button.type = "button";
      button.className = "wegwijzer-read-aloud";
      button.textContent = label;
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", () => read(button, element));
      element.after(button);
    }
  };

  const start = () => {
    if (!voiceFor(document.documentElement.lang)) return false;
    addButtons(document);
    document.addEventListener("htmx:load", (event) => addButtons(event.detail.elt.parentNode || document));
    document.addEventListener("htmx:beforeSwap", stop); // a new page: stop reading the old one
    return true;
  };

  // Voices may load after the page (Chrome): try again when they arrive.
  if (!start()) {
    synth.addEventListener("voiceschanged", function once() {
      if (start()) synth.removeEventListener("voiceschanged", once);
    });
  }
})();
