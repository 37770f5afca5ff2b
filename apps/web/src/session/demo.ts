import { useEffect, useState } from 'react';

/** True when the server says it runs in embedded demo mode (`GET /api/health`). */
export function useDemoMode(): boolean {
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    fetch('/api/health')
      .then((r) => (r.ok ? (r.json() as Promise<{ demo?: boolean }>) : { demo: false }))
      .then((h) => setDemo(h.demo === true))
      .catch(() => setDemo(false));
  }, []);
  return demo;
}
