import { isSealedKey, LOCK_KEY } from '~/lib/lock-keys';
import { storageKeys } from '~/lib/storage-keys';
import { NAMESPACE } from '~/lib/stored-item';
import { currentVault, rawStorage } from './engine';

// Every stored key at once, for the pages that list, export, replace or seal
// them all (your data, the lock). Apart from ./engine, which every page loads.

/** Every key of this site's namespace that holds something (the lock's own record aside), sorted. */
export function storedKeys(): string[] {
  const vault = currentVault();
  return storageKeys(rawStorage().parts())
    .filter((key) => key.startsWith(NAMESPACE) && key !== LOCK_KEY && !(vault && isSealedKey(key)))
    .concat(vault?.keys() ?? [])
    .sort();
}
