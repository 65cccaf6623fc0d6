/* Every picture, for the tests; pages and islands import the one they draw from ./pictures/. */
export { horizon } from './pictures/horizon';
export { path } from './pictures/path';
export { signpost } from './pictures/signpost';
export { sprout } from './pictures/sprout';
export { page } from './pictures/page';
export type { Picture } from './picture';
