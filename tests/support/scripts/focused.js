// What has the keyboard focus: its link number, whether it is the skip link, where.
() => {
  const focused = document.activeElement;
  return {
    stop: focused && focused.dataset ? focused.dataset.tabStop ?? null : null,
    skip: !!(focused && focused.classList.contains("skip-to-content")),
    inMain: !!(focused && focused.closest("article")),
  };
}
