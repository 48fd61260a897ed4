import { describe, expect, test } from 'vitest';
import { createProgress, progressLine } from '../../scripts/lib/progress.ts';

function fakeIo(liveProgress: boolean) {
	let now = 0;
	let err = '';
	return { io: { stderr: (text: string) => void (err += text), liveProgress, now: () => now }, tick: (ms: number) => void (now += ms), err: () => err };
}

describe('progressLine', () => {
	test('says done/total, the share, the rate and the time left', () => {
		expect(progressLine('Ảnh', 340, 1000, 4000)).toBe('Ảnh 340/1000 (34 %) · 85/s · ~7.8 s');
		expect(progressLine('Pages', 3, 10, 2000)).toBe('Pages 3/10 (30 %) · 1.5/s · ~4.7 s');
		expect(progressLine('Plaques', 0, 10, 0)).toBe('Plaques 0/10 (0 %) · 0.0/s');
	});
});

describe('createProgress', () => {
	test('off a terminal (CI logs), a plain line every five seconds at most, and one when the stage ends', () => {
		const { io, tick, err } = fakeIo(false);
		const progress = createProgress(io);
		const stage = progress.stage('images', 'Images');
		for (let done = 1; done <= 100; done++) {
			tick(200);
			stage.update(done, 100);
		}
		stage.end('3 kept');
		expect(err().split('\n')).toEqual(['Images 25/100 (25 %) · 5.0/s · ~15 s', 'Images 50/100 (50 %) · 5.0/s · ~10 s', 'Images 75/100 (75 %) · 5.0/s · ~5.0 s', 'Images 100/100 (100 %) · 5.0/s · ~0.0 s', 'Images: 20 s · 100 · 3 kept', '']);
		expect(progress.times()).toEqual({ images: 20_000 });
	});

	test('on a terminal, one line redrawn in place, then the stage line for good', () => {
		const { io, tick, err } = fakeIo(true);
		const stage = createProgress(io).stage('pages', 'Trang');
		tick(150);
		stage.update(1, 2);
		tick(150);
		stage.update(2, 2);
		stage.end();
		expect(err()).toBe('\r\x1b[2KTrang 1/2 (50 %) · 6.7/s · ~0.1 s\r\x1b[2KTrang 2/2 (100 %) · 6.7/s · ~0.0 s\r\x1b[2KTrang: 0.3 s · 2\n');
	});

	test('a stage run twice adds up', () => {
		const { io, tick } = fakeIo(false);
		const progress = createProgress(io);
		for (const ms of [1000, 500]) {
			const stage = progress.stage('check', 'Check');
			tick(ms);
			stage.end();
		}
		expect(progress.times()).toEqual({ check: 1500 });
	});
});
