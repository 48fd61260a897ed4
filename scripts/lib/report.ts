import { DitichsoError } from '../../src/core/index.ts';
import { EXIT, type Io } from './io.ts';

const NOT_YOUR_FAULT =
	'Đây là lỗi của chương trình, không phải lỗi trong nội dung. Hãy gửi toàn bộ thông báo dưới đây cho người phụ trách kỹ thuật.\n' +
	'This is a fault in the program, not in the content. Send the whole message below to the person in charge of the technical side.';

/** Prints a program failure (not a content mistake) and gives its exit code. */
export function reportFailure(error: unknown, io: Io): number {
	const detail = error instanceof DitichsoError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
	io.stderr(`${NOT_YOUR_FAULT}\n\n${detail}\n`);
	return EXIT.failure;
}

/** Prints short usage and what was wrong with the arguments. */
export function reportUsage(usage: string, error: string, io: Io): number {
	io.stderr(`${error}\n\n${usage}`);
	return EXIT.usage;
}
