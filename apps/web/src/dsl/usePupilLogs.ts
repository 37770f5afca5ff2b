import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { Draft } from '../api/types.js';
import { isPupilLog, type PupilLogBody } from './pupilLog.js';

/** The DSL's pupil logs (their saved `pupil-log` drafts), and a way to reload them. */
export function usePupilLogs(): { logs: Draft<PupilLogBody>[] | null; error: string | null; reload: () => void } {
  const [logs, setLogs] = useState<Draft<PupilLogBody>[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    api
      .drafts()
      .then(({ drafts }) => setLogs(drafts.filter((d): d is Draft<PupilLogBody> => d.kind === 'pupil-log' && isPupilLog(d.body))))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(reload, [reload]);
  return { logs, error, reload };
}
