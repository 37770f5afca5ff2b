/**
 * The partnership's threshold framework, from the server (`GET /api/frameworks/current`) and
 * checked with the core's schema. Level names, timescales and parameters on every page come
 * from it, so each partnership sees its own words.
 */
import { type Framework, frameworkSchema } from '@sightline/core';
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints.js';

let cached: Promise<Framework> | null = null;

/** Loads the framework once per page load. */
export function loadFramework(): Promise<Framework> {
  cached ??= api.framework().then((fw) => frameworkSchema.parse(fw));
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

/** The framework, or null while it loads; an error message if it cannot be loaded. */
export function useFramework(): { framework: Framework | null; error: string | null } {
  const [state, setState] = useState<{ framework: Framework | null; error: string | null }>({ framework: null, error: null });
  useEffect(() => {
    let live = true;
    loadFramework()
      .then((framework) => live && setState({ framework, error: null }))
      .catch((e: unknown) => live && setState({ framework: null, error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}
