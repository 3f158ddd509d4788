// Problems of width on the page: overflow, clipped boxes, columns narrower than a word.
() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    problems.push(`the page is ${root.scrollWidth}px wide in ${root.clientWidth}px`);
  }
  for (const box of document.querySelectorAll(
      'article .table-wrapper, article [class*="cv-"]')) {
    if (box.scrollWidth > box.clientWidth + 1 && box.getClientRects().length) {
      const what = box.textContent.trim().slice(0, 40);
      problems.push(`"${what}" (${box.className}) overflows its box`);
    }
  }
  // No column narrower than its longest word: measured in each text's own font.
  const ruler = document.createElement("canvas").getContext("2d");
  for (const cell of document.querySelectorAll(
      "article table td, article table th")) {
    const style = getComputedStyle(cell);
    const room = cell.clientWidth - parseFloat(style.paddingLeft)
      - parseFloat(style.paddingRight);
    const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      const font = getComputedStyle(text.parentElement);
      ruler.font = `${font.fontStyle} ${font.fontWeight} ${font.fontSize} ${font.fontFamily}`;
      for (const word of text.textContent.split(/\s+/)) {
        const width = ruler.measureText(word).width;
        if (word && width > room + 1) {
          problems.push(`"${word}" is ${width.toFixed(0)}px in a ${room.toFixed(0)}px column`);
        }
      }
    }
  }
  return problems;
}
