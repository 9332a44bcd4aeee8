// The HTML part of Regie's mails: plain paragraphs of text written as text, never as markup, so that
// nothing a person typed (a place, a name) can become HTML in someone's mailbox.

/** Text made safe to stand in HTML, attributes included. */
export const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** A paragraph of text; its line breaks stay line breaks. */
export const htmlParagraph = (text: string): string => `<p>${escapeHtml(text).replaceAll('\n', '<br>')}</p>`;

/** A paragraph that says where to look, then the link, written out. */
export const htmlLinkParagraph = (look: string, link: string): string =>
  `<p>${escapeHtml(look)}<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`;

/** The whole HTML body of a mail in `locale`, from its paragraphs (already HTML). */
export const htmlDocument = (locale: string, paragraphs: readonly string[]): string =>
  `<!doctype html><html lang="${locale}"><body>${paragraphs.join('')}</body></html>`;
