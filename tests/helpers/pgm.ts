// The product's own PGM reader (used by npm run plaques -- --verify) serves the tests too.
export { greyToRgba, parsePgm, type GreyImage } from '../../src/core/images/grey-image.ts';
