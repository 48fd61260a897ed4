import type { ProblemCode, ProblemParams, ValueKind } from '../problem.ts';

/** One catalogue entry: what is wrong and the rule, then a concrete fix. Template strings only, no logic. */
export interface ProblemMessage<C extends ProblemCode> {
	message: (params: ProblemParams[C]) => string;
	fix?: (params: ProblemParams[C]) => string;
}

export type ProblemMessages = { [C in ProblemCode]: ProblemMessage<C> };

/** The words around every message, in one language. */
export interface ReportWords {
	error: string;
	warning: string;
	line: (n: number) => string;
	field: (key: string, label?: string) => string;
	howToFix: string;
	kinds: Record<ValueKind, string>;
	list: (items: readonly string[]) => string;
	summary: (counts: { errors: number; warnings: number; sites: number }) => string;
	nothingWritten: string;
	allGood: (sites: number) => string;
}
