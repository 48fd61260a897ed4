import path from 'node:path';
import { main as build } from '../../scripts/build.ts';
import { captureIo } from './io.ts';
import { trailCopy, type TrailCopy } from './trail-copy.ts';

/** A copy of the sample content built into `<copy>/dist`, for e2e tests to read; remove it with removeTrailCopy. */
export async function buildSampleCopy(): Promise<{ copy: TrailCopy; out: string }> {
	const copy = await trailCopy('sample');
	const out = path.join(copy.root, 'dist');
	const io = captureIo(copy.root);
	const code = await build(['--content', copy.content, '--out', out], io);
	if (code !== 0) throw new Error(`The sample did not build (exit ${code}):\n${io.out()}\n${io.err()}`);
	return { copy, out };
}
