import { loadStyles } from '~/widgets/shared/load-styles';

/** Links `public/<file>` (under the base path) as a stylesheet, once ({@link loadStyles}). */
export function linkStyles(file: string): void {
  void loadStyles(`${import.meta.env.BASE_URL}${file}`);
}
