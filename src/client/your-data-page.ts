import YourData from '~/islands/YourData';
import { hydrateIsland } from './hydrate';

for (const root of document.querySelectorAll<HTMLElement>('[data-island="your-data"]')) hydrateIsland(root, YourData);
