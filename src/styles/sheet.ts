/**
 * A constructed stylesheet holding `css`, to adopt into a shadow root or the document: a strict
 * Content-Security-Policy allows it, where it would refuse a `<style>` element.
 */
export function sheet(css: string): CSSStyleSheet {
  const made = new CSSStyleSheet();
  made.replaceSync(css);
  return made;
}
