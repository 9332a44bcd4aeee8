import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a test can read back from a PDF: the text of each page and the document's metadata. */
export interface PdfReading {
  /** The text of each page, a line per line of the page. */
  pages: string[];
  /** Each page's size in points (A4 portrait is 595 by 842). */
  pageSizes: { width: number; height: number }[];
  /** The document's metadata title (Info dictionary), if it has one. */
  title: string | null;
  /** The document's language (the catalog's /Lang), if it has one. */
  language: string | null;
}

/**
 * Reads a PDF as a person would copy its text out of a viewer, so that a test can check what the
 * document says rather than how it is drawn. Lines end with a newline; text wrapped inside a table
 * cell therefore breaks where the line breaks: compare with whitespace collapsed when that matters.
 */
export async function readPdf(pdf: Buffer | Uint8Array): Promise<PdfReading> {
  // pdf.js takes over (detaches) the bytes it is given, and wants a plain Uint8Array, not a Buffer.
  const data = new Uint8Array(pdf);
  const document = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const pageSizes: PdfReading['pageSizes'] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
      const { width, height } = page.getViewport({ scale: 1 });
      pageSizes.push({ width, height });
    }
    // pdf.js reports the catalog's /Lang with the Info dictionary, as Language.
    const info = (await document.getMetadata()).info as { Title?: unknown; Language?: unknown };
    return {
      pages,
      pageSizes,
      title: typeof info.Title === 'string' ? info.Title : null,
      language: typeof info.Language === 'string' ? info.Language : null,
    };
  } finally {
    await document.destroy();
  }
}

/** All pages' text joined, a newline between pages. */
export async function extractPdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const { pages } = await readPdf(pdf);
  return pages.join('\n');
}
