// The home page's small behaviours, as one entry (src/pages/index.astro): one
// request instead of one per component, as src/client/site.ts does for every
// page. Three scripts of under 1 KB each cost a first visit about 0.3 KB of
// response headers apiece. Each does nothing when its markup is not on the page.
import '~/widgets/today/status';
import './next-chapter';
import './latest-self-check';
