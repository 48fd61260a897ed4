import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

// Synthetic trails for `npm run bench`: many sites that look like the real ones to every stage of
// the build (Vietnamese titles with tone marks, summaries and bodies of the sample's lengths, one
// English translation, a location inside Vietnam, a cover photo, small or phone-sized). Deterministic:
// site i is the same in every run, so runs can be compared.

export interface SyntheticOptions {
	sites: number;
	/** The cover photo of site `index` (JPEG bytes): every site has one, as the schema asks. */
	photoFor: (index: number) => Promise<Buffer>;
}

const KINDS = [
	['Đình', 'Communal house of'],
	['Chùa', 'Pagoda of'],
	['Đền', 'Temple of'],
	['Miếu', 'Shrine of'],
	['Nhà thờ họ', 'Ancestral hall of'],
	['Di chỉ khảo cổ', 'Archaeological site of'],
] as const;
const PLACES = ['Đầm Hà', 'Quảng Lợi', 'Tân Bình', 'Đại Bình', 'Dực Yên', 'Quảng Tân', 'Tân Lập', 'Quảng An', 'Hà Lâu', 'Đường Hoa', 'Phú Hải', 'Quảng Điền', 'Cái Chiên', 'Hải Tiến', 'Vạn Ninh', 'Bình Ngọc'];
const WORDS = ('làng xã đình chùa lễ hội dân gian thờ phụng thành hoàng tiền đường hậu cung gian mái ngói cột gỗ lim chạm khắc rồng phượng ' +
	'thế kỷ năm xây dựng tu sửa khôi phục xếp hạng di tích lịch sử văn hóa cấp tỉnh quốc gia nhân dân kể rằng ngày xưa ven biển cửa sông ' +
	'ruộng đồng núi rừng kháng chiến giặc đốt phá dựng lại truyền thống hằng năm tháng giêng âm lịch rước kiệu hát ca trù đối câu hoành phi').split(' ');
const EN_WORDS = ('village commune communal house pagoda festival worship guardian spirit front hall sanctuary bay roof tiles ironwood pillars ' +
	'carved dragons phoenixes century built restored ranked relic historical cultural provincial national people say long ago coast river ' +
	'fields mountains forest resistance war burnt rebuilt traditional every year first lunar month procession palanquin singing couplet').split(' ');

/** Writes `settings.yaml` and `sites/<folder>/{vi,en}.md` (and `anh.jpg`) into `contentDir`. */
export async function writeSyntheticTrail(contentDir: string, { sites, photoFor }: SyntheticOptions): Promise<void> {
	await mkdir(path.join(contentDir, 'sites'), { recursive: true });
	await writeFile(path.join(contentDir, 'settings.yaml'), SETTINGS);
	for (let start = 0; start < sites; start += 64) {
		const batch = Array.from({ length: Math.min(64, sites - start) }, (_, k) => start + k);
		await Promise.all(batch.map((i) => writeSite(contentDir, i, photoFor)));
	}
}

const SETTINGS = `name:
  vi: Di tích tỉnh Mẫu
  en: Heritage of Sample Province
owner: Đoàn Thanh niên tỉnh Mẫu
contact:
  email: doanthanhnien@example.vn
baseUrl: https://ditich.example.vn
languages: [vi, en]
plaque:
  size: a5
  bleedMm: 3
`;

async function writeSite(contentDir: string, i: number, photoFor: SyntheticOptions['photoFor']): Promise<void> {
	const site = syntheticSite(i);
	const dir = path.join(contentDir, 'sites', site.folder);
	await mkdir(dir, { recursive: true });
	await writeFile(path.join(dir, 'anh.jpg'), await photoFor(i));
	await writeFile(path.join(dir, 'vi.md'), site.vi);
	await writeFile(path.join(dir, 'en.md'), site.en);
}

/** Site `i`: its folder, and its two Markdown files. Exported for the cache tests' edits. */
export function syntheticSite(i: number) {
	const random = seeded(i + 1);
	const [kind, kindEn] = KINDS[i % KINDS.length]!;
	const place = `${PLACES[Math.floor(i / KINDS.length) % PLACES.length]} ${Math.floor(i / (KINDS.length * PLACES.length)) + 1}`;
	const code = `T${String(i + 1).padStart(5, '0')}`;
	const title = `${kind} ${place}`;
	const folder = `${code.toLowerCase()}-${fold(title)}`;
	const lat = (20.9 + random() * 0.6).toFixed(5);
	const lng = (106.9 + random() * 1.0).toFixed(5);
	const vi = `---
code: ${code}
title: ${title}
category: historic
legalType: Di tích lịch sử – văn hóa
ranking: provincial
address: Thôn ${place}, xã ${PLACES[i % PLACES.length]}, tỉnh Quảng Ninh
location:
  lat: ${lat}
  lng: ${lng}
summary: ${summary(random, WORDS)}
cover:
  src: anh.jpg
  alt: ${sentence(random, WORDS, 14)}
  credit: Ảnh tổng hợp để đo tốc độ, ditichso
updated: 2026-11-28
visiting:
  hours: Hằng ngày, 7:00–17:00.
  fee: Miễn phí.
---
${body(random, WORDS)}`;
	const en = `---
title: ${kindEn} ${fold(place, ' ')}
summary: ${summary(random, EN_WORDS)}
machineTranslated: true
updated: 2026-11-28
---
${body(random, EN_WORDS)}`;
	return { code, title, folder, vi, en };
}

/** Four sections of two or three paragraphs of about 60 words: the sample's vi.md bodies are 3–5 kB. */
function body(random: () => number, words: readonly string[]): string {
	return Array.from({ length: 4 }, (_, s) => {
		const paragraphs = Array.from({ length: 2 + Math.floor(random() * 2) }, () => sentences(random, words, 4));
		return `## ${capital(sentence(random, words, 3).slice(0, -1))} ${s + 1}\n\n${paragraphs.join('\n\n')}\n`;
	}).join('\n');
}

/** A summary of 120–190 characters (the schema's limit is 200), ending on a whole word. */
function summary(random: () => number, words: readonly string[]): string {
	const text = sentence(random, words, 40);
	const cut = text.lastIndexOf(' ', 120 + Math.floor(random() * 70));
	return `${text.slice(0, cut)}.`;
}

function sentences(random: () => number, words: readonly string[], count: number): string {
	return Array.from({ length: count }, () => sentence(random, words, 10 + Math.floor(random() * 10))).join(' ');
}

function sentence(random: () => number, words: readonly string[], length: number): string {
	return `${capital(Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' '))}.`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function fold(text: string, separator = '-'): string {
	const plain = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
	return separator === '-' ? plain.toLowerCase().replace(/[^a-z0-9]+/g, '-') : plain;
}

/** A small deterministic generator (mulberry32). */
function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
