import { createContext, useContext } from 'react';
import type { Me } from '../../shared/accounts.js';

/** The signed-in person; pages inside the signed-in layout can rely on it. */
export const MeContext = createContext<Me | null>(null);

export function useCurrentMe(): Me {
  const me = useContext(MeContext);
  if (me === null) throw new Error('useCurrentMe is used outside the signed-in layout');
  return me;
}
