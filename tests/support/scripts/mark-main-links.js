// Numbers each link a reader can see in the main content; returns how many.
() => {
  const links = [...document.querySelectorAll("article a[href]")].filter(
    (link) => link.getClientRects().length && getComputedStyle(link).visibility !== "hidden");
  links.forEach((link, index) => { link.dataset.tabStop = String(index); });
  return links.length;
}
