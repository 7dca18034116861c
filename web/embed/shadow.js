// The shadow root that keeps each piece of the embed's own chrome (tooltip,
// legend, keyboard button) apart from the host page: the page's styles
// neither reach it nor are reached by it.

/** The open shadow root of `host` (made when it has none), styled by `css` alone. */
export function styledShadowRoot(host, css) {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  return shadow;
}
