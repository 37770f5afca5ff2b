import type { ReactNode } from 'react';
import { Link, useLocation } from '../app/router.js';

/** A link in the service navigation. */
export interface NavItem {
  href: string;
  text: string;
}

function isCurrent(path: string, href: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

/** The service header: name, the signed-in user's navigation and sign out. */
function ServiceHeader({ nav, signOut }: { nav: NavItem[]; signOut?: ReactNode }) {
  const { path } = useLocation();
  return (
    <header className="govuk-service-navigation sl-header">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <Link href="/" className="govuk-service-navigation__link">
              Sightline
            </Link>
          </span>
          {nav.length > 0 ? (
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                {nav.map((item) => {
                  const current = isCurrent(path, item.href);
                  return (
                    <li
                      key={item.href}
                      className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}
                    >
                      <Link
                        className="govuk-service-navigation__link"
                        href={item.href}
                        aria-current={current ? 'page' : undefined}
                      >
                        {current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                      </Link>
                    </li>
                  );
                })}
                {signOut ? <li className="govuk-service-navigation__item">{signOut}</li> : null}
              </ul>
            </nav>
          ) : null}
        </div>
      </div>
    </header>
  );
}

/** The page frame: skip link, header, phase banner, main and footer. */
export function Layout({
  nav,
  signOut,
  status,
  children,
}: {
  nav: NavItem[];
  signOut?: ReactNode;
  status?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <ServiceHeader nav={nav} signOut={signOut} />
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Demo</strong>
            <span className="govuk-phase-banner__text">Every child and family in this service is made up.</span>
          </p>
        </div>
        {status}
        <main className="govuk-main-wrapper" id="main-content">
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">About this service</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" href="/rulebook">
                    Rulebook
                  </Link>
                </li>
              </ul>
              <p className="govuk-body-s">
                Sightline recommends; the person deciding decides. Every recommendation shows its reasons and sources.
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
