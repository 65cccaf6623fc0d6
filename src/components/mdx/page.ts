import GetHelpNow from '../help/GetHelpNow.astro';
import Helplines from '../help/Helplines.astro';
import HelpSection from '../help/HelpSection.astro';
import { authorComponents } from './index';

// A module of its own: a page carries the styles of every component its modules
// import, so the help page's blocks would otherwise be styled on every chapter.

/** What standalone pages (help, about) render MDX with: author components, and the help page's blocks. */
export const pageComponents = { ...authorComponents, GetHelpNow, HelpSection, Helplines };
