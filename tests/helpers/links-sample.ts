import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { main as build } from '../../scripts/build.ts';
import { main as plaques } from '../../scripts/plaques.ts';
import { captureIo } from './io.ts';
import { trailCopy, type TrailCopy } from './trail-copy.ts';

/** The sample's codes, all printed on 26 March 2022 in this story. */
export const SAMPLE_CODES = ['DH01', 'DH02', 'DH03', 'DH04', 'DH05', 'DH06', 'DH07', 'DH08', 'DH09'];
export const RENAMED = { code: 'DH09', from: 'thac-bach-van', to: 'thac-bach-van-ban-tam-lang' };
export const RETIRED = { code: 'DH05', folder: 'nui-hua-rung-co', goTo: 'DH06' };

export const RETIRED_YAML = `# Di tích thôi giới thiệu.
- code: ${RETIRED.code}
  title:
    vi: Núi Hứa – Rừng cò
    en: Núi Hứa – the egret forest
  reason: merged
  date: 2026-11-20
  folder: ${RETIRED.folder}
  goTo: ${RETIRED.goTo}
  note:
    vi: Rừng cò nay được giới thiệu cùng Cột cờ Núi Hứa, trên cùng một lối lên núi.
`;

export interface LinksSample {
	copy: TrailCopy;
	out: string;
	/** What the build said when the printed site was gone and not retired. */
	refused: { code: number; output: string; distExists: boolean };
}

/**
 * The sample, ten years on: every plaque was printed (`--mark-printed`), then DH09's folder was
 * renamed and DH05 was taken off the trail. The first build refuses; with `formerFolders` and a
 * `retired.yaml` entry the second one builds into `<copy>/dist`.
 */
export async function buildLinksSample(): Promise<LinksSample> {
	const copy = await trailCopy('sample');
	const io = captureIo(copy.root);
	const marked = await plaques(['--mark-printed', ...SAMPLE_CODES, '--date', '2022-03-26', '--content', copy.content], io);
	if (marked !== 0) throw new Error(`--mark-printed failed (exit ${marked}):\n${io.out()}\n${io.err()}`);
	const sites = path.join(copy.content, 'sites');
	await rename(path.join(sites, RENAMED.from), path.join(sites, RENAMED.to));
	await rm(path.join(sites, RETIRED.folder), { recursive: true });
	const out = path.join(copy.root, 'dist');
	const refusedIo = captureIo(copy.root);
	const refusedCode = await build(['--content', copy.content, '--out', out, '--lang', 'en'], refusedIo);
	const distExists = await readFile(path.join(out, 'index.html')).then(() => true, () => false);
	const vi = path.join(sites, RENAMED.to, 'vi.md');
	await writeFile(vi, (await readFile(vi, 'utf8')).replace(/^code: DH09$/m, `code: DH09\nformerFolders: [${RENAMED.from}]`));
	await writeFile(path.join(copy.content, 'retired.yaml'), RETIRED_YAML);
	const builtIo = captureIo(copy.root);
	await mkdir(out, { recursive: true }).then(() => rm(out, { recursive: true }));
	const code = await build(['--content', copy.content, '--out', out], builtIo);
	if (code !== 0) throw new Error(`The retired sample did not build (exit ${code}):\n${builtIo.out()}\n${builtIo.err()}`);
	return { copy, out, refused: { code: refusedCode, output: refusedIo.out() + refusedIo.err(), distExists } };
}
