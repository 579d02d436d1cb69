// Small progressive enhancements. The site works without JavaScript; nothing here is required.
document.addEventListener("htmx:afterSwap", (event) => {
  // After a fragment replaces content, move focus to its heading so screen-reader users hear the change.
  const heading = event.target.querySelector("[data-focus-after-swap]");
  if (heading) heading.focus();
});
