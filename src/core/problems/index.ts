export * from './format.ts';
export * from './from-zod.ts';
export * from './problem.ts';
export * from './suggest.ts';
export * from './position.ts';
