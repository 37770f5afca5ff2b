import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** True while the browser says it is online. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

/** A banner while the browser is offline: answers are kept on this computer. */
export function ConnectionStatus() {
  const online = useOnline();
  if (online) return null;
  return (
    <section className="govuk-notification-banner" aria-labelledby="offline-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="offline-title">
          Offline
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          You are offline. Keep going: your answers are saved on this computer and sent when you are back online.
        </p>
      </div>
    </section>
  );
}
