import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { DitichsoError } from '../errors.ts';
import { darkRuns } from '../qr/matrix.ts';
import type { FontId, PlaqueFonts } from './fonts.ts';
import type { Fill, PlaqueItem, PlaqueLayout } from './layout.ts';
import { CROP_MARK_WIDTH_MM } from './sizes.ts';

/** What a renderer needs besides the layout; fixed by the caller so the same input gives the same bytes. */
export interface PdfMeta {
	title: string;
	creationDate: Date;
	/** Stable identity of the plaque (e.g. its code and content hash); becomes the PDF's /ID. */
	id: string;
}

const PT_PER_MM = 72 / 25.4;

// Device CMYK, 0–100. The QR and black text use K only, so no colour plate can print them off
// register; crop marks use all four plates ("registration") so they show on every plate.
type Cmyk = [number, number, number, number];
const CMYK_BLACK: Cmyk = [0, 0, 0, 100];
const CMYK_WHITE: Cmyk = [0, 0, 0, 0];
const CMYK_REGISTRATION: Cmyk = [100, 100, 100, 100];

/**
 * Draws a layout as a one-page PDF: page = trim + bleed + crop-mark margin on each side, with
 * TrimBox and BleedBox set so imposition software finds the cut. Fonts are embedded as subsets.
 * No transparency is used. Decorative colours (`#rrggbb`) stay RGB for the print shop's colour
 * management; what must be exact (QR, black text, marks) is device CMYK. This is not PDF/X.
 */
export function renderPlaquePdf(layout: PlaqueLayout, fonts: PlaqueFonts, meta: PdfMeta): Promise<Uint8Array> {
	return renderPlaquesPdf([layout], fonts, meta);
}

/**
 * Draws several layouts into one PDF, one page each, in order. Every page has its own size,
 * TrimBox and BleedBox, drawn exactly as `renderPlaquePdf` draws a single plaque; fonts are
 * embedded once for the whole file. Same input, same bytes.
 */
export async function renderPlaquesPdf(layouts: readonly PlaqueLayout[], fonts: PlaqueFonts, meta: PdfMeta): Promise<Uint8Array> {
	if (layouts.length === 0) throw new DitichsoError('renderPlaquesPdf needs at least one layout: a PDF cannot have zero pages.');
	const doc = new PDFDocument({
		autoFirstPage: false,
		margin: 0,
		compress: true,
		lang: 'vi',
		displayTitle: true,
		info: { Title: meta.title, Creator: 'ditichso', Producer: 'ditichso (PDFKit)', CreationDate: meta.creationDate, ModDate: meta.creationDate },
	});
	fixDocumentId(doc, meta.id);
	const done = collect(doc);
	// pdfkit 0.20 takes a parsed fontkit font (PDFFontFactory.open); its type only knows files.
	for (const id of Object.keys(fonts.faces) as FontId[]) doc.registerFont(id, fonts.faces[id] as unknown as Buffer);
	for (const layout of layouts) drawPage(doc, layout, fonts);
	doc.end();
	return done;
}

function drawPage(doc: PDFKit.PDFDocument, layout: PlaqueLayout, fonts: PlaqueFonts): void {
	const outerMm = layout.bleedMm + layout.markMm;
	doc.addPage({ size: [pt(layout.trimMm.width + 2 * outerMm), pt(layout.trimMm.height + 2 * outerMm)], margin: 0 });
	setPageBoxes(doc, layout, outerMm);
	// The layout is in mm from the trim's top-left; pdfkit already flips y, so one scale and shift suffice.
	doc.save();
	doc.transform(PT_PER_MM, 0, 0, PT_PER_MM, pt(outerMm), pt(outerMm));
	for (const item of layout.items) drawItem(doc, item, fonts);
	doc.restore();
}

/**
 * pdfkit derives /ID from the info dictionary (PDFSecurity.generateFileID in pdfkit.js), which
 * would change with any title edit. The ID should name the plaque instead, so we replace the
 * private `_id` before the document is written; render-pdf.test.ts fails if pdfkit stops using it.
 */
function fixDocumentId(doc: PDFKit.PDFDocument, id: string): void {
	const internals = doc as unknown as { _id?: unknown };
	if (!(internals._id instanceof Uint8Array)) {
		throw new DitichsoError('pdfkit no longer keeps the document ID in `_id`, so plaque PDFs would not be reproducible. Update fixDocumentId in src/core/plaque/render-pdf.ts for the installed pdfkit.');
	}
	internals._id = new Uint8Array(createHash('md5').update(id, 'utf8').digest());
}

function setPageBoxes(doc: PDFKit.PDFDocument, layout: PlaqueLayout, outerMm: number): void {
	const box = (insetMm: number): number[] => [pt(insetMm), pt(insetMm), pt(layout.trimMm.width + 2 * outerMm - insetMm), pt(layout.trimMm.height + 2 * outerMm - insetMm)];
	const page = doc.page.dictionary.data as Record<string, unknown>;
	page['TrimBox'] = box(outerMm);
	page['BleedBox'] = box(layout.markMm);
}

function drawItem(doc: PDFKit.PDFDocument, item: PlaqueItem, fonts: PlaqueFonts): void {
	switch (item.kind) {
		case 'rect':
			doc.rect(item.xMm, item.yMm, item.widthMm, item.heightMm).fill(pdfFill(item.fill));
			return;
		case 'qr':
			// All runs form one path with one fill: fewer operators, and no seams between separate fills.
			for (const run of darkRuns(item.matrix)) {
				doc.rect(item.xMm + run.column * item.moduleMm, item.yMm + run.row * item.moduleMm, run.length * item.moduleMm, item.moduleMm);
			}
			doc.fill(CMYK_BLACK);
			return;
		case 'text':
			drawText(doc, item, fonts);
			return;
		case 'image':
			// Opaque by the time it gets here (images/logo-png.ts): an alpha channel would become a soft mask.
			doc.image(Buffer.from(item.png.buffer, item.png.byteOffset, item.png.byteLength), item.xMm, item.yMm, { width: item.widthMm, height: item.heightMm });
			return;
		case 'cropMark':
			doc.moveTo(item.x1Mm, item.y1Mm).lineTo(item.x2Mm, item.y2Mm).lineWidth(CROP_MARK_WIDTH_MM).stroke(CMYK_REGISTRATION);
			return;
		case 'cutLine':
			// Inside the page the line crosses printed work, so it uses the K plate only, like the text.
			doc.moveTo(item.x1Mm, item.y1Mm).lineTo(item.x2Mm, item.y2Mm).lineWidth(CROP_MARK_WIDTH_MM).stroke(CMYK_BLACK);
			return;
	}
}

/**
 * pdfkit sizes text in user-space units, which are mm here; the position comes from our own
 * measure (the same shaping pdfkit uses), so PDF and SVG place every line identically.
 */
function drawText(doc: PDFKit.PDFDocument, item: Extract<PlaqueItem, { kind: 'text' }>, fonts: PlaqueFonts): void {
	const widthMm = fonts.measure(item.text, item.font, item.fontSizePt);
	const xMm = item.align === 'center' ? item.xMm - widthMm / 2 : item.xMm;
	doc.font(item.font).fontSize(item.fontSizePt / PT_PER_MM).fillColor(pdfFill(item.fill));
	doc.text(item.text, xMm, item.yMm, { lineBreak: false, baseline: 'alphabetic' });
}

function pdfFill(fill: Fill): string | Cmyk {
	if (fill === 'black') return CMYK_BLACK;
	if (fill === 'white') return CMYK_WHITE;
	return fill;
}

function pt(mm: number): number {
	return mm * PT_PER_MM;
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		const chunks: Uint8Array[] = [];
		doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
		doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
		doc.on('error', reject);
	});
}
