// Which elements of markup start a block of text and which hold none, for
// the two walkers that turn markup into text: the page's
// (app/text-import.js: htmlToPage) and the embed's (embed/text-map.js:
// readText), so that both split and skip the same elements.

/** Elements that start a new block of text. */
export const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Elements whose content is not part of the text (code, media, controls, metadata). */
export const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
  'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'OPTION', 'INPUT', 'TEXTAREA', 'AUDIO', 'VIDEO',
]);
