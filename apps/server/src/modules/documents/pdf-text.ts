import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * For tests: the text of every page, as a PDF reader would copy it, with any run of white space
 * (PDF readers differ on no-break spaces) folded to one plain space. Pure npm, so CI needs no
 * poppler; the legacy build is the one pdf.js supports on Node.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}
