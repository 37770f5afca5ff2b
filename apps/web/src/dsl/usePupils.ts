import { useCallback, useEffect, useState } from 'react';
import { type SchoolPupil, schoolApi } from './schoolApi.js';

/** The pupils on the school's shared concern log, and a way to reload them. */
export function usePupils(): { pupils: SchoolPupil[] | null; error: string | null; reload: () => void } {
  const [pupils, setPupils] = useState<SchoolPupil[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    schoolApi
      .pupils()
      .then((answer) => setPupils(answer.pupils))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(reload, [reload]);
  return { pupils, error, reload };
}
