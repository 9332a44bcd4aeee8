// The pieces both PDFs of the plan are built from.

/** A pdfmake content node. pdfmake ships no types; its document format is plain data. */
export type PdfContent = string | PdfContent[] | { [key: string]: unknown };

export const colours = {
  success: '#1b5e20',
  successFill: '#e8f5e9',
  rule: '#bdbdbd',
  quiet: '#4d4d4d',
  badgeFill: '#eeeeee',
  headerFill: '#eeeeee',
  crisis: '#b71c1c',
};

/** Free text as the client wrote it: set as text, line breaks kept, blank edges dropped. */
export function clientText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

export function strong(text: string): { text: string; bold: true } {
  return { text, bold: true };
}

export function nothingYet(text: string): PdfContent {
  return { text, style: 'nothingYet', margin: [0, 0, 0, 4] };
}
