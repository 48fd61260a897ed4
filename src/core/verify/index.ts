export * from './degradations.ts';
export * from './format-checks.ts';
export * from './geometry.ts';
export * from './plaque-files.ts';
export * from './rasterise-pdf.ts';
export * from './verify-plaque.ts';
